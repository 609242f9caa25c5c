<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
<context>
    <name>lcl::ConnectionState</name>
    <message>
        <source>not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::Error</name>
    <message>
        <source>Configuration error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not authenticated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::console::Application</name>
    <message>
        <source>&lt;p&gt;No cluster is connected yet.&lt;/p&gt;&lt;p&gt;Try the built-in demo lab: &lt;code&gt;lclab-console --demo&lt;/code&gt;&lt;br/&gt;or connect to your k3s cluster: &lt;code&gt;lclab-console --kubeconfig /etc/rancher/k3s/k3s.yaml&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Connecting to %1: %2…&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Connected to &lt;b&gt;%1&lt;/b&gt; (%2). Pods: %3, namespaces: %4.&lt;/p&gt;&lt;p&gt;This view is not part of this version of the console yet; the command-line report (&lt;code&gt;lclab-console --report&lt;/code&gt;) already shows the cluster&apos;s health.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Could not connect.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting the demo lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The demo lab did not start.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no URL given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this version of the console does not query it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The kubeconfig could not be read.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1: check that the folder is writable.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot written to %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s objects did not load within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::console::CommandLine</name>
    <message>
        <source>LocalCloudLab Console: topology, health, traffic, alerts and runbooks of a LocalCloudLab k3s platform in one native window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeconfig file to use instead of $KUBECONFIG or ~/.kube/config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeconfig context to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only this namespace at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus base URL, e.g. http://127.0.0.1:9090.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager base URL, e.g. http://127.0.0.1:9093.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab profile describing the platform (default: the built-in LocalCloudLab profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in demo lab (simulated cluster, Prometheus and Alertmanager) and connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window off screen to a PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View to open: overview, topology, services, incidents, runbooks, backups, events, audit or service:&lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1920x1080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect, print a health report and exit: 0 healthy, 1 degraded, 2 error. Format: text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log level: trace, debug, info, warn, error or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown log level &quot;%1&quot;: use trace, debug, info, warn, error or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prometheus-url &quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--alertmanager-url &quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size &quot;%1&quot; is not of the form WIDTHxHEIGHT, e.g. 1280x800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;: use overview, topology, services, incidents, runbooks, backups, events, audit or service:&lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot and --report cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown report format &quot;%1&quot;: use text or json.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::itemmodels::EventModel</name>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::itemmodels::PodModel</name>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::itemmodels::ServiceModel</name>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pods match the selector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::itemmodels::WorkloadModel</name>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaled to zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progressing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::kube::ClusterConnection</name>
    <message>
        <source>Could not build a request for %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::kube::Decoder</name>
    <message>
        <source>The server&apos;s list of %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was cut off or is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change notification for %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 object could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s error answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::kube::ExecPluginCredential</name>
    <message>
        <source>The credential plugin %1 was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install it, or fix users[].user.exec.command in the kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential plugin %1 needs a terminal (interactiveMode: Always)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console cannot answer prompts. Log in once in a terminal so the plugin caches a credential, or set interactiveMode to IfAvailable or Never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential plugin %1 could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that %1 is an executable program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential plugin %1 did not finish within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin may be waiting for input the console cannot give, or for a slow login service. Run it in a terminal to see what it is waiting for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the plugin in a terminal to see why it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential plugin %1 failed (exit code %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::kube::ExecPluginOutput</name>
    <message>
        <source>Run the plugin in a terminal to see what it prints; it must print one ExecCredential JSON object on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential plugin %1 printed an unusable answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind is &quot;%1&quot;, expected ExecCredential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apiVersion is &quot;%1&quot; but the kubeconfig asks for &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clientCertificateData and clientKeyData must come together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status has neither a token nor a client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expirationTimestamp &quot;%1&quot; is not an RFC 3339 time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::kube::Informer</name>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in any namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster did not accept your credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in again or refresh the token in your kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not list %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This view stays empty. Ask for a role that allows list and watch, or switch context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cluster does not serve %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API may not be installed (for example the Gateway API CRDs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console keeps retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch ended at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::kube::KubeApi</name>
    <message>
        <source>The server&apos;s /version answer is not a Kubernetes version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the server address points at a Kubernetes API server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access review answer has no status.allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a job from this cron job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a CronJob object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spec.jobTemplate.spec is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::kube::Kubeconfig</name>
    <message>
        <source>The kubeconfig %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path given with --kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped the kubeconfig %1: it does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kubeconfig was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kubeconfig found (looked for %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy your cluster&apos;s kubeconfig to ~/.kube/config (k3s writes /etc/rancher/k3s/k3s.yaml), set KUBECONFIG, or start the console with --kubeconfig FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets no current-context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a context (%1), or set one with kubectl config use-context NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: current-context &quot;%2&quot; names no context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file defines no contexts at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined contexts: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no context &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::kube::KubeconfigParser</name>
    <message>
        <source>Could not read the kubeconfig %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3: not valid YAML: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the YAML syntax (indentation with spaces, no tabs) or point KUBECONFIG at another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unreadable kubeconfig: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the kubeconfig, or choose another file with --kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a kubeconfig: the top level must be a map with apiVersion, kind, clusters, users and contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apiVersion is &quot;%1&quot;; a kubeconfig has apiVersion v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind is &quot;%1&quot;; a kubeconfig has kind Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of entries, each with a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every entry of %1 must be a map with a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of %1 has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has two entries named &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names must be unique within one file; rename or remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no cluster section (server, certificate-authority-data, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the user section must be a map (token, client-certificate-data, exec, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a map with apiVersion and command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: args must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: env must be a list of {name, value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every env entry needs a name and a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no context section (cluster, user, namespace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 must be a text value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*-data fields hold the PEM file encoded with base64 (base64 -w0 file.pem).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::kube::KubeconfigResolver</name>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add cluster: NAME to the context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to cluster &quot;%2&quot;, which is not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined clusters: %1. Fix the context or add the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context &quot;%1&quot; names no user: requests are anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to user &quot;%2&quot;, which is not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined users: %1. Fix the context or add the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read %2 %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file exists and is readable; relative paths are taken from the kubeconfig&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 does not hold a PEM %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data must be PEM text (-----BEGIN ...-----), base64-encoded once in *-data fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add server: https://HOST:6443 to the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: server &quot;%2&quot; is not a valid https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it like https://127.0.0.1:6443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; is reached over plain http: nothing is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets both a certificate authority and insecure-skip-tls-verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove insecure-skip-tls-verify (recommended) or the certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS verification is off for cluster &quot;%1&quot; (insecure-skip-tls-verify): anyone on the network path could read or change what you see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot; sets certificate-authority-data and certificate-authority; the data is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: proxy-url &quot;%2&quot; is not an http, https or socks5 URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it like socks5://localhost:1080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: exec has no command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set exec.command to the credential plugin to run (e.g. kubelogin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: exec has no apiVersion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: exec apiVersion &quot;%2&quot; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use client.authentication.k8s.io/v1 (or v1beta1); v1alpha1 was removed in Kubernetes 1.24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: exec with apiVersion v1 needs interactiveMode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add interactiveMode: Never (or IfAvailable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: exec interactiveMode &quot;%2&quot; is not Never, IfAvailable or Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use interactiveMode: Never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets both auth-provider and exec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the auth-provider &quot;%2&quot;, which Kubernetes removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an exec credential plugin instead (e.g. kubelogin for OIDC, gke-gcloud-auth-plugin, kubelogin for Azure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than one authentication method (token and username/password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep either the token or the username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a client certificate but no client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a client key but no client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add client-key(-data) and client-certificate(-data) together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tokenFile %2 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path; relative paths are taken from the kubeconfig&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &quot;%1&quot; has no credentials: requests are anonymous</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::kube::StatusError</name>
    <message>
        <source>all namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server responded with the status code %1 but did not return more information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something in front of the API server (a proxy or gateway) refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the server address points at a Kubernetes API server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been deleted, or the API is not installed on this cluster. Refresh the view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden: your account may not %1 %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the edit role, or switch context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the view role, or switch context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster did not accept your credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token or certificate may have expired or been revoked. Log in again, or fix the user in the kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name, or edit the existing object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: %1 fields are owned by another manager: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply with force to take them over, or change them with the tool that owns them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: %1 was changed by someone else meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the values and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of %1 the request relied on has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload; the view will fetch a fresh list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server is busy and asked to slow down</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control plane may be restarting. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server did not finish the request in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server may be overloaded. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this kind of change for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom resources take merge or JSON patches, not strategic merge patches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is likely a mistake in the console; please report it with the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server answered %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, check the control plane&apos;s logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the request and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::kube::TokenFileCredential</name>
    <message>
        <source>Could not read the token file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check tokenFile in the kubeconfig; the file must exist and be readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token file %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the bearer token into the file, or fix tokenFile in the kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::kube::WatchEvent</name>
    <message>
        <source>The watch stream reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console lists the resources again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::kube::WatchFramer</name>
    <message>
        <source>A change notification from the server is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console reconnects; if this repeats, an object in the cluster is unusually large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::lab::ClusterSession</name>
    <message>
        <source>The API server answered /version with HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the credentials of this context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the server is a Kubernetes API server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kubeconfig is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a kubeconfig file, or start the demo lab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking the server for its version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s /version answer has no gitVersion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: loading the cluster&apos;s objects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::lab::DemoLab</name>
    <message>
        <source>Could not create a temporary folder for the demo lab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that %1 is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator lclab-sim was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build it (installer/setup.sh build) or install the console package, which ships lclab-sim next to lclab-console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the simulated cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator stopped while starting (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See its log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator did not become ready in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager is not installed, so alerts cannot be silenced from the console. Install it with: sudo apt-get install prometheus-alertmanager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting Alertmanager…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus is not installed, so the demo lab shows no request rates, latencies or alerts. Install it with: sudo apt-get install prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This simulator build exposes no metrics yet, so Prometheus has nothing of the cluster to scrape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting Prometheus…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::lab::GraphLayout</name>
    <message>
        <source>Graphviz could not lay the graph out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::lab::HealthReport</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 replicas ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollout stuck (progress deadline exceeded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new spec not yet observed by its controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container %1 was OOMKilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n restart(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>job %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workloads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::lab::LabProfile</name>
    <message>
        <source>Cannot read the lab profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path given with --profile, or start without one to use the built-in LocalCloudLab profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service was named for the signal &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab profile has no service &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab profile defines no &quot;%1&quot; query for the service &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it under the service&apos;s signals, or under defaults.kinds.%1.signals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The services %1 use different &quot;%2&quot; queries and cannot be asked in one query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab profile defines no &quot;%1&quot; query for the edge %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab profile defines no &quot;%1&quot; query for routes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it under defaults.routes.signals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;service&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTTPS listener needs &quot;tlsSecret&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;gateway&quot; names unknown gateway &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a route rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a match needs &quot;pathPrefix&quot; or &quot;path&quot; starting with /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backend &quot;%1&quot; names no Kubernetes Service of a profile service in namespace &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backend weights of rule %1 in route &quot;%2&quot; sum to %3, not 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edge &quot;from&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edge &quot;to&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;route&quot; names unknown route &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;schedule&quot; must be a cron schedule (minute hour day-of-month month day-of-week) or @hourly, @daily, @weekly, @monthly, @yearly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;keys&quot; must name at least one key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The lab profile %1 has %n error(s); the first: line %2, column %3: %4</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the profile (every problem is listed in the details), or start without --profile to use the built-in LocalCloudLab profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile is empty; expected a LabProfile document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported apiVersion &quot;%1&quot;; expected &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind must be &quot;LabProfile&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;signals&quot; must be a mapping of signal names to PromQL templates, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal name &quot;%1&quot; must be a camelCase word like requestRate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal &quot;%1&quot; must be a PromQL template text, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in signal &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runbook &quot;%1&quot; must be a built-in runbook id like runbooks/api-errors-latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names unknown service &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace &quot;%1&quot; is not listed under namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate %1 &quot;%2&quot; (first defined at line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a mapping (key: value), not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; in %2 (first at line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2; expected one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing the required key &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a DNS subdomain name (lower-case letters, digits, &apos;-&apos; and &apos;.&apos;), not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a DNS label (lower-case letters, digits and &apos;-&apos;, at most 63), not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a duration like 250ms, 1.5s or 2m, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a Prometheus duration like 30s, 5m or 1h30m, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the items of &quot;%1&quot; must be texts, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a mapping of texts, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; in &quot;%2&quot; must be a text, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate service id &quot;%1&quot; (first defined at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external service &quot;%1&quot; cannot have a workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;hpa&quot; needs a Deployment or StatefulSet workload in service &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workload of service &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a container port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the requests of service &quot;%1&quot; exceed its limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;storage&quot; (a volume claim template) needs kind StatefulSet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;cpu&quot; must be a CPU quantity like 200m or 0.5, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;memory&quot; must be a quantity like 256Mi or 1Gi, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;size&quot; must be a quantity like 5Gi, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;variants&quot; need a Deployment workload in service &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Kubernetes Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Service port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;maxReplicas&quot; (%1) must not be below &quot;minReplicas&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;latencyP95&quot; must not be below &quot;latencyP50&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a traffic route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;path&quot; must start with /, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step in the %1 field &quot;%2&quot; must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 field &quot;%2&quot; is not a number, a range a-b, a list or *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 field value %2 is outside %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>it has %n field(s), not 5</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lcl::lab::PromQlTemplate</name>
    <message>
        <source>&quot;{{&quot; is not closed by &quot;}}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{{%1}}&quot; is not a placeholder name (letters, digits, _)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown placeholder {{%1}}; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;}}&quot; without an opening &quot;{{&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::lab::TopologyBuilder</name>
    <message>
        <source>No lab profile: the graph is discovered from the cluster, dependencies between services are not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metrics: traffic numbers are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Envoy proxy pod is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 proxy pods ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selects no pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollout stuck (progress deadline exceeded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pod ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pods ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workload found for its selector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::lab::TopologyEdge</name>
    <message>
        <source>%1 rps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::lab::TopologyNode</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::metrics::AlertmanagerDecoder</name>
    <message>
        <source>Alertmanager sent an answer that cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the URL points at Alertmanager&apos;s API v2 (0.16 or newer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alert is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alert has no labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert %1 has no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert %1 has the unknown state &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a silence is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a silence has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silence %1 has the unknown state &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silence %1 has no matchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alert group is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alert group has no alerts list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no &quot;silenceID&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the silence and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A silence needs at least one matcher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every matcher of a silence needs a label name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A silence needs a start and an end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A silence must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A silence needs an author (created by).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A silence needs a comment saying why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::metrics::MetricValue</name>
    <message>
        <source>missing since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no traffic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::metrics::MetricsPollerDecoder</name>
    <message>
        <source>Prometheus&apos; answer to the %1 query could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server may not be Prometheus-compatible.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::metrics::NoDataDiagnosis</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty (no series)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Data is there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No traffic in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Prometheus is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query returned NaN for %1: a ratio of zero by zero, so there were no requests in the window. This is not an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query returns %1 for %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: no series at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n series, none for this entity</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Prometheus cannot scrape %1 (up == 0), so its metrics stop. Check that the pods run and that the metrics port answers; the Targets page of Prometheus shows the scrape error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query reads no metric by name, so there is nothing more to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus has no series named %1. The exporter or instrumentation that provides it is not scraped, or uses another name; check the scrape configuration, or the profile&apos;s query for this signal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric exists, but the query has no labels to match an entity by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists, but none of its series has the labels %2. The profile&apos;s label names may not match what the exporter writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists, but not for %2; it has %3. The profile&apos;s names (namespace, service or telemetry labels) may not match what the cluster reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists for %2, but the query&apos;s other conditions (a status code, a time window, a division) leave nothing; for example there may have been no 5xx responses, or too few samples in the window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::metrics::PromDecoder</name>
    <message>
        <source>Prometheus refused the range query: it would return more than 11,000 points per series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widen the step (fewer points) or shorten the time range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus rejected the query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the PromQL (the profile&apos;s signal templates) and the query parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus could not evaluate the query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query is valid but failed on the data (for example many-to-many matching); change its grouping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus timed out evaluating the query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten the time range, widen the step or narrow the selectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may be starting or overloaded; the console retries on the next refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus cancelled the query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus does not know this endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server may not be Prometheus-compatible or may be too old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See Prometheus&apos; own log for the cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;data.resultType&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;data.result&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 result is not a [time, &quot;value&quot;] pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported resultType &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;data.result&quot; of a %1 is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a series has no &quot;metric&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a series&apos; &quot;metric&quot; is not a map of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a matrix series has no &quot;values&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is not a [time, &quot;number&quot;] pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a vector sample has no &quot;value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;data&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;data&quot; holds something other than texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;data&quot; is not a map of metric names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metadata of %1 is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;data.%1&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule group &quot;%1&quot; has no rules list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; has the unknown type &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the build info has no version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus sent an answer that cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the URL points at a Prometheus-compatible API (…/api/v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is empty (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus answered HTTP %1 without a Prometheus error body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the URL and that Prometheus is running behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;status&quot; field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;data&quot; field is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::metrics::PromSample</name>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined (+Inf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined (-Inf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::metrics::PrometheusClientEndpoint</name>
    <message>
        <source>“%1” is not an http or https address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it like http://prometheus.example:9090</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a service address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as namespace/service:port, for example monitoring/prometheus:9090</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cluster is connected to reach %1 through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a cluster first, or give Prometheus&apos; URL instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 through the API server of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::metrics::PrometheusClientError</name>
    <message>
        <source>%1 at %2 cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that %1 is running and that the address is right; the console retries on the next refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may be overloaded; try a shorter time range or a longer refresh interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server did not accept the credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in again or refresh the kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed to reach %1 through the API server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading through the service proxy needs get (and, for POST, create) on services/proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the namespace, service name and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server could not reach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service may have no ready pods (no endpoints); check its pods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not know it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have expired and been removed already; refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the request: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the values entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 has no such API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the address points at %1 and not at another server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 refused access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the credentials for this endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 answered HTTP %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at %1&apos;s log for the cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time range has too many points for Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a shorter range or a coarser step (at most 11,000 points per series).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus rejected the query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the PromQL of this signal (in the lab profile, if it comes from there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus could not evaluate the query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query is valid but failed on the data, e.g. duplicate series on one side of a division; check the labels the profile groups by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1 gave up on the query in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a shorter time range, or raise Prometheus&apos; --query.timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus cancelled the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1 is not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may still be starting or replaying its write-ahead log; wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1 does not know this API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server may be an older or a partial Prometheus-compatible API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at Prometheus&apos; log for the cause.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::metrics::PrometheusDiscovery</name>
    <message>
        <source>the address you gave, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the address you gave, “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaching %1 through the API server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cluster is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service %1 you gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the service address “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the cluster for Prometheus services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for `up`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus answers, but scrapes no targets yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Prometheus answers: %n target(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n up.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Searching the cluster for services labelled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %n candidate(s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Using Prometheus at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Prometheus found: give its address (URL or namespace/service:port) in the settings. Health and traffic stay empty until then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::net::CurlError</name>
    <message>
        <source>Could not connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the cluster running? Check the server address in the kubeconfig and that nothing blocks the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resolve the host name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server address in the kubeconfig and your DNS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resolve the proxy host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check proxy-url in the kubeconfig or the http(s)_proxy variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection may have stalled; it will be opened again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server may be overloaded or unreachable. Try again, or raise the timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server certificate of %1 could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check certificate-authority(-data) and tls-server-name in the kubeconfig; the CA must be the one that signed the cluster&apos;s serving certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority for %1 could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate-authority-data must hold PEM certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate for %1 could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check client-certificate(-data) in the kubeconfig: it must be PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was closed unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection before TLS was set up; it may have crashed or be restarting. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server may require a client certificate, or the client key may not match its certificate. Check client-certificate and client-key in the kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 is not a valid https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server field in the kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended the TLS connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server may require a client certificate that it accepts. Check client-certificate and client-key in the kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server or a proxy in between dropped the connection. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy refused the connection to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection to the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a network request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::net::HttpClient</name>
    <message>
        <source>A blocking request was made on the network thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::widgets::ConnectionIndicator</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::widgets::MainWindow</name>
    <message>
        <source>LocalCloudLab Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the demo lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a kubeconfig…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;kubeconfig…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LocalCloudLab Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kubeconfig context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About LocalCloudLab Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;LocalCloudLab Console %1&lt;/h3&gt;&lt;p&gt;A native console for LocalCloudLab k3s platforms: topology, live traffic, alerts, runbooks and safe guided changes in one window.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::widgets::TopologyEdgeItem</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::widgets::TopologyLegend</name>
    <message>
        <source>Topology legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route / gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency, no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic: width = requests/s, colour = errors (&lt; 1 %, &lt; 5 %, ≥ 5 %)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::widgets::TopologyNodeItem</name>
    <message>
        <source> in namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods: %1 of %2 ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::widgets::TopologyPage</name>
    <message>
        <source>Only unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search nodes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only nodes with a warning or a problem, with their neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand each workload&apos;s pods into groups by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the graph to the window (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As PNG image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As SVG drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pods ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edges: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search matches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export topology</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::widgets::TopologyView</name>
    <message>
        <source>Topology graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the graph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topology yet: connect to a cluster or start the demo lab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no graph to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LocalCloudLab topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported from LocalCloudLab Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lcl::widgets::ViewInfo</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tile for every service with its health, replicas, request rate, errors and latency, a summary of the cluster and the most recent warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform as a graph: gateway, routes, services, workloads and backing services, with live traffic flows between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every service with its pods, charts of rate, errors and latency, autoscaling state, events and logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing alerts grouped into incidents, with a timeline and the runbook for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-by-step guides for the platform&apos;s known failures, with checks the console runs for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup plans for PostgreSQL, Redis and RabbitMQ, their last runs, and a guided way to run one now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Kubernetes events, warnings first, with filters and grouping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change this console made to the cluster: who, what, when, and the result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run lclab-console --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
