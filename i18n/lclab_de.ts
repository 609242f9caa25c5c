<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>lcl::ConnectionState</name>
    <message>
      <source>not configured</source>
      <translation>nicht konfiguriert</translation>
    </message>
    <message>
      <source>connecting</source>
      <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
      <source>connected</source>
      <translation>verbunden</translation>
    </message>
    <message>
      <source>degraded</source>
      <translation>eingeschränkt</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>fehlgeschlagen</translation>
    </message>
  </context>
  <context>
    <name>lcl::Error</name>
    <message>
      <source>Configuration error</source>
      <translation>Konfigurationsfehler</translation>
    </message>
    <message>
      <source>Network error</source>
      <translation>Netzwerkfehler</translation>
    </message>
    <message>
      <source>TLS error</source>
      <translation>TLS-Fehler</translation>
    </message>
    <message>
      <source>Not authenticated</source>
      <translation>Nicht authentifiziert</translation>
    </message>
    <message>
      <source>Forbidden</source>
      <translation>Zugriff verweigert</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>Nicht gefunden</translation>
    </message>
    <message>
      <source>Conflict</source>
      <translation>Konflikt</translation>
    </message>
    <message>
      <source>Invalid request</source>
      <translation>Ungültige Anfrage</translation>
    </message>
    <message>
      <source>Rate limited</source>
      <translation>Anfragelimit erreicht</translation>
    </message>
    <message>
      <source>Server error</source>
      <translation>Serverfehler</translation>
    </message>
    <message>
      <source>Timed out</source>
      <translation>Zeitüberschreitung</translation>
    </message>
    <message>
      <source>Unreadable answer</source>
      <translation>Unlesbare Antwort</translation>
    </message>
    <message>
      <source>Unavailable</source>
      <translation>Nicht verfügbar</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Abgebrochen</translation>
    </message>
    <message>
      <source>%1 — %2</source>
      <translation>%1 — %2</translation>
    </message>
  </context>
  <context>
    <name>lcl::console::Application</name>
    <message>
      <source>&lt;p&gt;No cluster is connected yet.&lt;/p&gt;&lt;p&gt;Try the built-in demo lab: &lt;code&gt;lclab-console --demo&lt;/code&gt;&lt;br/&gt;or connect to your k3s cluster: &lt;code&gt;lclab-console --kubeconfig /etc/rancher/k3s/k3s.yaml&lt;/code&gt;&lt;/p&gt;</source>
      <translation>&lt;p&gt;Es ist noch kein Cluster verbunden.&lt;/p&gt;&lt;p&gt;Probieren Sie das integrierte Demo-Lab aus: &lt;code&gt;lclab-console --demo&lt;/code&gt;&lt;br/&gt;oder verbinden Sie sich mit Ihrem k3s-Cluster: &lt;code&gt;lclab-console --kubeconfig /etc/rancher/k3s/k3s.yaml&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Connecting to %1: %2…&lt;/p&gt;</source>
      <translation>&lt;p&gt;Verbindung zu %1 wird hergestellt: %2…&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Connected to &lt;b&gt;%1&lt;/b&gt; (%2). Pods: %3, namespaces: %4.&lt;/p&gt;&lt;p&gt;This view is not part of this version of the console yet; the command-line report (&lt;code&gt;lclab-console --report&lt;/code&gt;) already shows the cluster's health.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Verbunden mit &lt;b&gt;%1&lt;/b&gt; (%2). Pods: %3, Namespaces: %4.&lt;/p&gt;&lt;p&gt;Diese Ansicht ist in dieser Version der Konsole noch nicht enthalten; der Kommandozeilenbericht (&lt;code&gt;lclab-console --report&lt;/code&gt;) zeigt den Zustand des Clusters bereits an.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Could not connect.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Verbindung fehlgeschlagen.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
      <source>starting the demo lab</source>
      <translation>Demo-Lab wird gestartet</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;The demo lab did not start.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Das Demo-Lab wurde nicht gestartet.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;The kubeconfig could not be read.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Die kubeconfig konnte nicht gelesen werden.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Open kubeconfig</source>
      <translation>kubeconfig öffnen</translation>
    </message>
    <message>
      <source>Could not write the screenshot to %1: check that the folder is writable.
</source>
      <translation>Der Screenshot konnte nicht nach %1 geschrieben werden: Prüfen Sie, ob der Ordner beschreibbar ist.
</translation>
    </message>
    <message>
      <source>Screenshot written to %1
</source>
      <translation>Screenshot nach %1 geschrieben
</translation>
    </message>
    <message>
      <source>The cluster's objects did not load within %1 s.</source>
      <translation>Die Objekte des Clusters wurden nicht innerhalb von %1 s geladen.</translation>
    </message>
    <message>
      <source>The lab profile could not be used, so the console shows only what the cluster has: %1</source>
      <translation>Das Laborprofil konnte nicht verwendet werden, daher zeigt die Konsole nur, was der Cluster enthält: %1</translation>
    </message>
    <message>
      <source>no URL given; the console looks for Prometheus in the cluster once connected (or use --prometheus-url)</source>
      <translation>keine URL angegeben; die Konsole sucht Prometheus nach dem Verbinden im Cluster (oder --prometheus-url verwenden)</translation>
    </message>
    <message>
      <source>no URL given (use --alertmanager-url)</source>
      <translation>keine URL angegeben (--alertmanager-url verwenden)</translation>
    </message>
    <message>
      <source>The lab profile could not be used: %1
</source>
      <translation>Das Lab-Profil konnte nicht verwendet werden: %1
</translation>
    </message>
  </context>
  <context>
    <name>lcl::console::CommandLine</name>
    <message>
      <source>LocalCloudLab Console: topology, health, traffic, alerts and runbooks of a LocalCloudLab k3s platform in one native window.</source>
      <translation>LocalCloudLab Console: Topologie, Zustand, Datenverkehr, Alarme und Runbooks einer LocalCloudLab-k3s-Plattform in einem nativen Fenster.</translation>
    </message>
    <message>
      <source>Kubeconfig file to use instead of $KUBECONFIG or ~/.kube/config.</source>
      <translation>Zu verwendende kubeconfig-Datei anstelle von $KUBECONFIG oder ~/.kube/config.</translation>
    </message>
    <message>
      <source>file</source>
      <translation>Datei</translation>
    </message>
    <message>
      <source>Kubeconfig context to connect to.</source>
      <translation>kubeconfig-Kontext, mit dem verbunden werden soll.</translation>
    </message>
    <message>
      <source>name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Show only this namespace at start.</source>
      <translation>Beim Start nur diesen Namespace anzeigen.</translation>
    </message>
    <message>
      <source>Prometheus base URL, e.g. http://127.0.0.1:9090.</source>
      <translation>Basis-URL von Prometheus, z. B. http://127.0.0.1:9090.</translation>
    </message>
    <message>
      <source>url</source>
      <translation>URL</translation>
    </message>
    <message>
      <source>Alertmanager base URL, e.g. http://127.0.0.1:9093.</source>
      <translation>Basis-URL von Alertmanager, z. B. http://127.0.0.1:9093.</translation>
    </message>
    <message>
      <source>Lab profile describing the platform (default: the built-in LocalCloudLab profile).</source>
      <translation>Lab-Profil, das die Plattform beschreibt (Standard: das integrierte LocalCloudLab-Profil).</translation>
    </message>
    <message>
      <source>Start the built-in demo lab (simulated cluster, Prometheus and Alertmanager) and connect to it.</source>
      <translation>Das integrierte Demo-Lab (simulierter Cluster, Prometheus und Alertmanager) starten und sich damit verbinden.</translation>
    </message>
    <message>
      <source>Render the window off screen to a PNG file and exit.</source>
      <translation>Das Fenster außerhalb des Bildschirms in eine PNG-Datei rendern und beenden.</translation>
    </message>
    <message>
      <source>View to open: overview, topology, services, incidents, runbooks, backups, events, audit or service:&lt;name&gt;.</source>
      <translation>Zu öffnende Ansicht: overview, topology, services, incidents, runbooks, backups, events, audit oder service:&lt;name&gt;.</translation>
    </message>
    <message>
      <source>Window size for --screenshot, e.g. 1920x1080.</source>
      <translation>Fenstergröße für --screenshot, z. B. 1920x1080.</translation>
    </message>
    <message>
      <source>WxH</source>
      <translation>BxH</translation>
    </message>
    <message>
      <source>Connect, print a health report and exit: 0 healthy, 1 degraded, 2 error. Format: text (default) or json.</source>
      <translation>Verbinden, einen Zustandsbericht ausgeben und beenden: 0 gesund, 1 eingeschränkt, 2 Fehler. Format: text (Standard) oder json.</translation>
    </message>
    <message>
      <source>format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Log level: trace, debug, info, warn, error or off.</source>
      <translation>Protokollstufe: trace, debug, info, warn, error oder off.</translation>
    </message>
    <message>
      <source>level</source>
      <translation>Stufe</translation>
    </message>
    <message>
      <source>Unexpected argument: %1</source>
      <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
      <source>Unknown log level "%1": use trace, debug, info, warn, error or off.</source>
      <translation>Unbekannte Protokollstufe "%1": Verwenden Sie trace, debug, info, warn, error oder off.</translation>
    </message>
    <message>
      <source>--prometheus-url "%1" is not an http:// or https:// URL.</source>
      <translation>--prometheus-url "%1" ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
      <source>--alertmanager-url "%1" is not an http:// or https:// URL.</source>
      <translation>--alertmanager-url "%1" ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
      <source>--size "%1" is not of the form WIDTHxHEIGHT, e.g. 1280x800.</source>
      <translation>--size "%1" hat nicht die Form BREITExHÖHE, z. B. 1280x800.</translation>
    </message>
    <message>
      <source>Unknown view "%1": use overview, topology, services, incidents, runbooks, backups, events, audit or service:&lt;name&gt;.</source>
      <translation>Unbekannte Ansicht "%1": Verwenden Sie overview, topology, services, incidents, runbooks, backups, events, audit oder service:&lt;name&gt;.</translation>
    </message>
    <message>
      <source>--screenshot and --report cannot be used together.</source>
      <translation>--screenshot und --report können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
      <source>--screenshot needs a file name.</source>
      <translation>--screenshot benötigt einen Dateinamen.</translation>
    </message>
    <message>
      <source>Unknown report format "%1": use text or json.</source>
      <translation>Unbekanntes Berichtsformat "%1": Verwenden Sie text oder json.</translation>
    </message>
  </context>
  <context>
    <name>lcl::itemmodels::AlertModel</name>
    <message>
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>Schweregrad</translation>
    </message>
    <message>
      <source>Alert</source>
      <translation>Alert</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Zusammenfassung</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Seit</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Zustand</translation>
    </message>
    <message>
      <source>Silenced by</source>
      <translation>Stummgeschaltet durch</translation>
    </message>
  </context>
  <context>
    <name>lcl::itemmodels::EventModel</name>
    <message>
      <source>Namespace</source>
      <translation>Namespace</translation>
    </message>
    <message>
      <source>Last seen</source>
      <translation>Zuletzt gesehen</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Typ</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Grund</translation>
    </message>
    <message>
      <source>Object</source>
      <translation>Objekt</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Meldung</translation>
    </message>
    <message>
      <source>Count</source>
      <translation>Anzahl</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Quelle</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Warnung</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>Normal</translation>
    </message>
  </context>
  <context>
    <name>lcl::itemmodels::PodModel</name>
    <message>
      <source>Namespace</source>
      <translation>Namespace</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>Bereit</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Restarts</source>
      <translation>Neustarts</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Alter</translation>
    </message>
    <message>
      <source>Node</source>
      <translation>Knoten</translation>
    </message>
    <message>
      <source>IP</source>
      <translation>IP</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>Läuft</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>Ausstehend</translation>
    </message>
    <message>
      <source>Succeeded</source>
      <translation>Erfolgreich</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>Fehlgeschlagen</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Unbekannt</translation>
    </message>
    <message>
      <source>Terminating</source>
      <translation>Wird beendet</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Abgeschlossen</translation>
    </message>
    <message>
      <source>%1 (%2 ago)</source>
      <translation>%1 (vor %2)</translation>
    </message>
  </context>
  <context>
    <name>lcl::itemmodels::PrometheusRangeSource</name>
    <message>
      <source>there is no lab profile to take range queries from</source>
      <translation>es gibt kein Lab-Profil, aus dem Bereichsabfragen kommen könnten</translation>
    </message>
    <message>
      <source>Open the console with a lab profile (--profile) to chart whole ranges from Prometheus.</source>
      <translation>Öffnen Sie die Konsole mit einem Lab-Profil (--profile), um ganze Zeiträume aus Prometheus darzustellen.</translation>
    </message>
    <message>
      <source>the lab profile has no rate, error or latency queries for this service</source>
      <translation>das Lab-Profil hat für diesen Dienst keine Abfragen für Rate, Fehler oder Latenz</translation>
    </message>
    <message>
      <source>Add requestRate, errorRatio or latency under the service's signals in the lab profile.</source>
      <translation>Ergänzen Sie requestRate, errorRatio oder latency unter den Signalen des Dienstes im Lab-Profil.</translation>
    </message>
    <message>
      <source>Prometheus is not connected</source>
      <translation>Prometheus ist nicht verbunden</translation>
    </message>
    <message>
      <source>Connect Prometheus (--prometheus-url, or let the console find it in the cluster) to chart the whole range.</source>
      <translation>Verbinden Sie Prometheus (--prometheus-url, oder lassen Sie die Konsole es im Cluster finden), um den ganzen Zeitraum darzustellen.</translation>
    </message>
  </context>
  <context>
    <name>lcl::itemmodels::ServiceEntry</name>
    <message>
      <source>Gateway</source>
      <translation>Gateway</translation>
    </message>
    <message>
      <source>API</source>
      <translation>API</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>Datenbank</translation>
    </message>
    <message>
      <source>Cache</source>
      <translation>Cache</translation>
    </message>
    <message>
      <source>Queue</source>
      <translation>Warteschlange</translation>
    </message>
    <message>
      <source>Platform</source>
      <translation>Plattform</translation>
    </message>
    <message>
      <source>Observability</source>
      <translation>Observability</translation>
    </message>
    <message>
      <source> (%1 % of requests)</source>
      <translation> (%1 % der Requests)</translation>
    </message>
    <message>
      <source>Workload</source>
      <translation>Workload</translation>
    </message>
  </context>
  <context>
    <name>lcl::itemmodels::ServiceModel</name>
    <message>
      <source>Namespace</source>
      <translation>Namespace</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Typ</translation>
    </message>
    <message>
      <source>Cluster IP</source>
      <translation>Cluster-IP</translation>
    </message>
    <message>
      <source>External IP</source>
      <translation>Externe IP</translation>
    </message>
    <message>
      <source>Ports</source>
      <translation>Ports</translation>
    </message>
    <message>
      <source>Pods</source>
      <translation>Pods</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Alter</translation>
    </message>
    <message>
      <source>Selector</source>
      <translation>Selektor</translation>
    </message>
    <message>
      <source>No pods match the selector</source>
      <translation>Keine Pods passen zum Selektor</translation>
    </message>
  </context>
  <context>
    <name>lcl::itemmodels::ServiceOverviewModel</name>
    <message>
      <source>no data</source>
      <translation>keine Daten</translation>
    </message>
    <message>
      <source>no traffic</source>
      <translation>kein Traffic</translation>
    </message>
    <message>
      <source>%1 req/s</source>
      <translation>%1 req/s</translation>
    </message>
    <message>
      <source>%1 %</source>
      <translation>%1 %</translation>
    </message>
    <message>
      <source>beyond the last bucket</source>
      <translation>jenseits des letzten Buckets</translation>
    </message>
    <message>
      <source>%1 ms</source>
      <translation>%1 ms</translation>
    </message>
    <message>
      <source>%1 s</source>
      <translation>%1 s</translation>
    </message>
    <message>
      <source>%1 (%2, namespace %3): %4</source>
      <translation>%1 (%2, Namespace %3): %4</translation>
    </message>
    <message>
      <source>%1: %2, %3</source>
      <translation>%1: %2, %3</translation>
    </message>
  </context>
  <context>
    <name>lcl::itemmodels::ServiceStatus</name>
    <message>
      <source>Healthy</source>
      <translation>Gesund</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Warnung</translation>
    </message>
    <message>
      <source>Critical</source>
      <translation>Kritisch</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Unbekannt</translation>
    </message>
    <message>
      <source>not found in the cluster</source>
      <translation>im Cluster nicht gefunden</translation>
    </message>
    <message>
      <source>scaled to zero</source>
      <translation>auf null skaliert</translation>
    </message>
    <message>
      <source>no replica ready</source>
      <translation>kein Replikat bereit</translation>
    </message>
    <message>
      <source>%1 of %2 replicas ready</source>
      <translation>%1 von %2 Replikaten bereit</translation>
    </message>
    <message numerus="yes">
      <source>%n pod(s) in %1</source>
      <translation>
        <numerusform>%n Pod in %1</numerusform>
        <numerusform>%n Pods in %1</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 % errors (limit %2 %)</source>
      <translation>%1 % Fehler (Grenze %2 %)</translation>
    </message>
    <message>
      <source>p95 %1 ms (limit %2 ms)</source>
      <translation>p95 %1 ms (Grenze %2 ms)</translation>
    </message>
    <message>
      <source>healthy</source>
      <translation>gesund</translation>
    </message>
  </context>
  <context>
    <name>lcl::itemmodels::WorkloadModel</name>
    <message>
      <source>Namespace</source>
      <translation>Namespace</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>Bereit</translation>
    </message>
    <message>
      <source>Up to date</source>
      <translation>Aktuell</translation>
    </message>
    <message>
      <source>Available</source>
      <translation>Verfügbar</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Alter</translation>
    </message>
    <message>
      <source>Images</source>
      <translation>Images</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>Pausiert</translation>
    </message>
    <message>
      <source>Stuck</source>
      <translation>Hängt fest</translation>
    </message>
    <message>
      <source>Scaled to zero</source>
      <translation>Auf null skaliert</translation>
    </message>
    <message>
      <source>Degraded</source>
      <translation>Eingeschränkt</translation>
    </message>
    <message>
      <source>Progressing</source>
      <translation>Wird ausgerollt</translation>
    </message>
  </context>
  <context>
    <name>lcl::kube::ClusterConnection</name>
    <message>
      <source>Could not build a request for %1 on %2</source>
      <translation>Für %1 auf %2 konnte keine Anfrage erstellt werden</translation>
    </message>
  </context>
  <context>
    <name>lcl::kube::Decoder</name>
    <message>
      <source>The server's list of %1 could not be read.</source>
      <translation>Die Liste von %1 des Servers konnte nicht gelesen werden.</translation>
    </message>
    <message>
      <source>The answer was cut off or is not JSON.</source>
      <translation>Die Antwort wurde abgeschnitten oder ist kein JSON.</translation>
    </message>
    <message>
      <source>A change notification for %1 could not be read.</source>
      <translation>Eine Änderungsbenachrichtigung für %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
      <source>The %1 object could not be read.</source>
      <translation>Das Objekt %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
      <source>The server's error answer could not be read.</source>
      <translation>Die Fehlerantwort des Servers konnte nicht gelesen werden.</translation>
    </message>
  </context>
  <context>
    <name>lcl::kube::ExecPluginCredential</name>
    <message>
      <source>The credential plugin %1 was not found</source>
      <translation>Das Credential-Plugin %1 wurde nicht gefunden</translation>
    </message>
    <message>
      <source>Install it, or fix users[].user.exec.command in the kubeconfig.</source>
      <translation>Installieren Sie es oder korrigieren Sie users[].user.exec.command in der kubeconfig.</translation>
    </message>
    <message>
      <source>The credential plugin %1 needs a terminal (interactiveMode: Always)</source>
      <translation>Das Credential-Plugin %1 benötigt ein Terminal (interactiveMode: Always)</translation>
    </message>
    <message>
      <source>The console cannot answer prompts. Log in once in a terminal so the plugin caches a credential, or set interactiveMode to IfAvailable or Never.</source>
      <translation>Die Konsole kann keine Eingabeaufforderungen beantworten. Melden Sie sich einmal in einem Terminal an, damit das Plugin Anmeldedaten zwischenspeichert, oder setzen Sie interactiveMode auf IfAvailable oder Never.</translation>
    </message>
    <message>
      <source>The credential plugin %1 could not be started</source>
      <translation>Das Credential-Plugin %1 konnte nicht gestartet werden</translation>
    </message>
    <message>
      <source>Check that %1 is an executable program.</source>
      <translation>Prüfen Sie, ob %1 ein ausführbares Programm ist.</translation>
    </message>
    <message>
      <source>The credential plugin %1 did not finish within %2 s</source>
      <translation>Das Credential-Plugin %1 wurde nicht innerhalb von %2 s beendet</translation>
    </message>
    <message>
      <source>The plugin may be waiting for input the console cannot give, or for a slow login service. Run it in a terminal to see what it is waiting for.</source>
      <translation>Das Plugin wartet möglicherweise auf eine Eingabe, die die Konsole nicht liefern kann, oder auf einen langsamen Anmeldedienst. Führen Sie es in einem Terminal aus, um zu sehen, worauf es wartet.</translation>
    </message>
    <message>
      <source>Run the plugin in a terminal to see why it fails.</source>
      <translation>Führen Sie das Plugin in einem Terminal aus, um zu sehen, warum es fehlschlägt.</translation>
    </message>
    <message>
      <source>The plugin said: %1</source>
      <translation>Das Plugin meldete: %1</translation>
    </message>
    <message>
      <source>The credential plugin %1 failed (exit code %2)</source>
      <translation>Das Credential-Plugin %1 ist fehlgeschlagen (Exit-Code %2)</translation>
    </message>
  </context>
  <context>
    <name>lcl::kube::ExecPluginOutput</name>
    <message>
      <source>Run the plugin in a terminal to see what it prints; it must print one ExecCredential JSON object on stdout.</source>
      <translation>Führen Sie das Plugin in einem Terminal aus, um zu sehen, was es ausgibt; es muss genau ein ExecCredential-JSON-Objekt auf stdout ausgeben.</translation>
    </message>
    <message>
      <source>The credential plugin %1 printed an unusable answer: %2</source>
      <translation>Das Credential-Plugin %1 hat eine unbrauchbare Antwort ausgegeben: %2</translation>
    </message>
    <message>
      <source>not JSON (%1 at offset %2)</source>
      <translation>kein JSON (%1 bei Offset %2)</translation>
    </message>
    <message>
      <source>not a JSON object</source>
      <translation>kein JSON-Objekt</translation>
    </message>
    <message>
      <source>kind is "%1", expected ExecCredential</source>
      <translation>kind ist "%1", erwartet wurde ExecCredential</translation>
    </message>
    <message>
      <source>apiVersion is "%1" but the kubeconfig asks for "%2"</source>
      <translation>apiVersion ist "%1", aber die kubeconfig verlangt "%2"</translation>
    </message>
    <message>
      <source>it has no status</source>
      <translation>das Feld status fehlt</translation>
    </message>
    <message>
      <source>clientCertificateData and clientKeyData must come together</source>
      <translation>clientCertificateData und clientKeyData müssen gemeinsam angegeben werden</translation>
    </message>
    <message>
      <source>status has neither a token nor a client certificate</source>
      <translation>status enthält weder ein Token noch ein Client-Zertifikat</translation>
    </message>
    <message>
      <source>expirationTimestamp "%1" is not an RFC 3339 time</source>
      <translation>expirationTimestamp "%1" ist keine Zeitangabe nach RFC 3339</translation>
    </message>
  </context>
  <context>
    <name>lcl::kube::Informer</name>
    <message>
      <source>list</source>
      <translation>list</translation>
    </message>
    <message>
      <source>in any namespace</source>
      <translation>in allen Namespaces</translation>
    </message>
    <message>
      <source>in namespace %1</source>
      <translation>im Namespace %1</translation>
    </message>
    <message>
      <source>The cluster did not accept your credentials.</source>
      <translation>Der Cluster hat Ihre Anmeldedaten nicht akzeptiert.</translation>
    </message>
    <message>
      <source>Log in again or refresh the token in your kubeconfig.</source>
      <translation>Melden Sie sich erneut an oder aktualisieren Sie das Token in Ihrer kubeconfig.</translation>
    </message>
    <message>
      <source>Your account may not list %1 %2.</source>
      <translation>Ihr Konto darf %1 %2 nicht auflisten.</translation>
    </message>
    <message>
      <source>This view stays empty. Ask for a role that allows list and watch, or switch context.</source>
      <translation>Diese Ansicht bleibt leer. Fordern Sie eine Rolle an, die list und watch erlaubt, oder wechseln Sie den Kontext.</translation>
    </message>
    <message>
      <source>This cluster does not serve %1.</source>
      <translation>Dieser Cluster stellt %1 nicht bereit.</translation>
    </message>
    <message>
      <source>The API may not be installed (for example the Gateway API CRDs).</source>
      <translation>Die API ist möglicherweise nicht installiert (zum Beispiel die CRDs der Gateway API).</translation>
    </message>
    <message>
      <source>Reading %1 failed: %2</source>
      <translation>Lesen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
      <source>The console keeps retrying.</source>
      <translation>Die Konsole versucht es weiter.</translation>
    </message>
    <message>
      <source>watch</source>
      <translation>watch</translation>
    </message>
    <message>
      <source>The watch ended at once.</source>
      <translation>Die Watch-Verbindung wurde sofort beendet.</translation>
    </message>
  </context>
  <context>
    <name>lcl::kube::KubeApi</name>
    <message>
      <source>The server's /version answer is not a Kubernetes version</source>
      <translation>Die /version-Antwort des Servers ist keine Kubernetes-Version</translation>
    </message>
    <message>
      <source>Check that the server address points at a Kubernetes API server.</source>
      <translation>Prüfen Sie, ob die Serveradresse auf einen Kubernetes-API-Server verweist.</translation>
    </message>
    <message>
      <source>The access review answer has no status.allowed</source>
      <translation>Die Antwort der Zugriffsprüfung enthält kein status.allowed</translation>
    </message>
    <message>
      <source>Cannot create a job from this cron job: %1</source>
      <translation>Aus diesem CronJob kann kein Job erstellt werden: %1</translation>
    </message>
    <message>
      <source>it is not a CronJob object</source>
      <translation>es ist kein CronJob-Objekt</translation>
    </message>
    <message>
      <source>spec.jobTemplate.spec is missing</source>
      <translation>spec.jobTemplate.spec fehlt</translation>
    </message>
  </context>
  <context>
    <name>lcl::kube::Kubeconfig</name>
    <message>
      <source>The kubeconfig %1 does not exist</source>
      <translation>Die kubeconfig %1 existiert nicht</translation>
    </message>
    <message>
      <source>Check the path given with --kubeconfig.</source>
      <translation>Prüfen Sie den mit --kubeconfig angegebenen Pfad.</translation>
    </message>
    <message>
      <source>Skipped the kubeconfig %1: it does not exist</source>
      <translation>Die kubeconfig %1 wurde übersprungen: Sie existiert nicht</translation>
    </message>
    <message>
      <source>No kubeconfig was given</source>
      <translation>Es wurde keine kubeconfig angegeben</translation>
    </message>
    <message>
      <source>No kubeconfig found (looked for %1)</source>
      <translation>Keine kubeconfig gefunden (gesucht: %1)</translation>
    </message>
    <message>
      <source>Copy your cluster's kubeconfig to ~/.kube/config (k3s writes /etc/rancher/k3s/k3s.yaml), set KUBECONFIG, or start the console with --kubeconfig FILE.</source>
      <translation>Kopieren Sie die kubeconfig Ihres Clusters nach ~/.kube/config (k3s schreibt /etc/rancher/k3s/k3s.yaml), setzen Sie KUBECONFIG oder starten Sie die Konsole mit --kubeconfig FILE.</translation>
    </message>
    <message>
      <source>%1 sets no current-context</source>
      <translation>%1 legt keinen current-context fest</translation>
    </message>
    <message>
      <source>Choose a context (%1), or set one with kubectl config use-context NAME.</source>
      <translation>Wählen Sie einen Kontext (%1) oder legen Sie einen mit kubectl config use-context NAME fest.</translation>
    </message>
    <message>
      <source>%1: current-context "%2" names no context</source>
      <translation>%1: current-context "%2" verweist auf keinen vorhandenen Kontext</translation>
    </message>
    <message>
      <source>The file defines no contexts at all.</source>
      <translation>Die Datei definiert überhaupt keine Kontexte.</translation>
    </message>
    <message>
      <source>Defined contexts: %1.</source>
      <translation>Definierte Kontexte: %1.</translation>
    </message>
    <message>
      <source>There is no context "%1" in %2</source>
      <translation>Es gibt keinen Kontext "%1" in %2</translation>
    </message>
  </context>
  <context>
    <name>lcl::kube::KubeconfigParser</name>
    <message>
      <source>Could not read the kubeconfig %1: %2</source>
      <translation>Die kubeconfig %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
      <source>Check that the file exists and that you may read it.</source>
      <translation>Prüfen Sie, ob die Datei existiert und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
      <source>%1, line %2, column %3: not valid YAML: %4</source>
      <translation>%1, Zeile %2, Spalte %3: kein gültiges YAML: %4</translation>
    </message>
    <message>
      <source>Fix the YAML syntax (indentation with spaces, no tabs) or point KUBECONFIG at another file.</source>
      <translation>Korrigieren Sie die YAML-Syntax (Einrückung mit Leerzeichen, keine Tabulatoren) oder lassen Sie KUBECONFIG auf eine andere Datei verweisen.</translation>
    </message>
    <message>
      <source>%1: unreadable kubeconfig: %2</source>
      <translation>%1: unlesbare kubeconfig: %2</translation>
    </message>
    <message>
      <source>%1, line %2</source>
      <translation>%1, Zeile %2</translation>
    </message>
    <message>
      <source>Fix the kubeconfig, or choose another file with --kubeconfig.</source>
      <translation>Korrigieren Sie die kubeconfig oder wählen Sie mit --kubeconfig eine andere Datei.</translation>
    </message>
    <message>
      <source>this is not a kubeconfig: the top level must be a map with apiVersion, kind, clusters, users and contexts</source>
      <translation>dies ist keine kubeconfig: Die oberste Ebene muss eine Map mit apiVersion, kind, clusters, users und contexts sein</translation>
    </message>
    <message>
      <source>the file</source>
      <translation>die Datei</translation>
    </message>
    <message>
      <source>apiVersion is "%1"; a kubeconfig has apiVersion v1</source>
      <translation>apiVersion ist "%1"; eine kubeconfig hat apiVersion v1</translation>
    </message>
    <message>
      <source>kind is "%1"; a kubeconfig has kind Config</source>
      <translation>kind ist "%1"; eine kubeconfig hat kind Config</translation>
    </message>
    <message>
      <source>%1 must be a list of entries, each with a name</source>
      <translation>%1 muss eine Liste von Einträgen sein, jeweils mit einem Namen</translation>
    </message>
    <message>
      <source>every entry of %1 must be a map with a name</source>
      <translation>jeder Eintrag von %1 muss eine Map mit einem Namen sein</translation>
    </message>
    <message>
      <source>an entry of %1</source>
      <translation>ein Eintrag von %1</translation>
    </message>
    <message>
      <source>an entry of %1 has no name</source>
      <translation>ein Eintrag von %1 hat keinen Namen</translation>
    </message>
    <message>
      <source>%1 has two entries named "%2"</source>
      <translation>%1 hat zwei Einträge mit dem Namen "%2"</translation>
    </message>
    <message>
      <source>Names must be unique within one file; rename or remove one of them.</source>
      <translation>Namen müssen innerhalb einer Datei eindeutig sein; benennen Sie einen davon um oder entfernen Sie ihn.</translation>
    </message>
    <message>
      <source>cluster "%1"</source>
      <translation>Cluster "%1"</translation>
    </message>
    <message>
      <source>%1 has no cluster section (server, certificate-authority-data, ...)</source>
      <translation>%1 hat keinen Abschnitt cluster (server, certificate-authority-data, ...)</translation>
    </message>
    <message>
      <source>user "%1"</source>
      <translation>Benutzer "%1"</translation>
    </message>
    <message>
      <source>%1: the user section must be a map (token, client-certificate-data, exec, ...)</source>
      <translation>%1: Der Abschnitt user muss eine Map sein (token, client-certificate-data, exec, ...)</translation>
    </message>
    <message>
      <source>%1 exec</source>
      <translation>%1 exec</translation>
    </message>
    <message>
      <source>%1 must be a map with apiVersion and command</source>
      <translation>%1 muss eine Map mit apiVersion und command sein</translation>
    </message>
    <message>
      <source>%1: args must be a list of strings</source>
      <translation>%1: args muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
      <source>%1: env must be a list of {name, value}</source>
      <translation>%1: env muss eine Liste von {name, value} sein</translation>
    </message>
    <message>
      <source>%1: every env entry needs a name and a value</source>
      <translation>%1: Jeder env-Eintrag benötigt name und value</translation>
    </message>
    <message>
      <source>context "%1"</source>
      <translation>Kontext "%1"</translation>
    </message>
    <message>
      <source>%1 has no context section (cluster, user, namespace)</source>
      <translation>%1 hat keinen Abschnitt context (cluster, user, namespace)</translation>
    </message>
    <message>
      <source>%1: %2 must be a text value</source>
      <translation>%1: %2 muss ein Textwert sein</translation>
    </message>
    <message>
      <source>%1: %2 must be true or false</source>
      <translation>%1: %2 muss true oder false sein</translation>
    </message>
    <message>
      <source>%1: %2 is not valid base64</source>
      <translation>%1: %2 ist kein gültiges Base64</translation>
    </message>
    <message>
      <source>*-data fields hold the PEM file encoded with base64 (base64 -w0 file.pem).</source>
      <translation>*-data-Felder enthalten die PEM-Datei in Base64-Kodierung (base64 -w0 file.pem).</translation>
    </message>
  </context>
  <context>
    <name>lcl::kube::KubeconfigResolver</name>
    <message>
      <source>%1, line %2</source>
      <translation>%1, Zeile %2</translation>
    </message>
    <message>
      <source>context "%1"</source>
      <translation>Kontext "%1"</translation>
    </message>
    <message>
      <source>%1 names no cluster</source>
      <translation>%1 gibt keinen Cluster an</translation>
    </message>
    <message>
      <source>Add cluster: NAME to the context.</source>
      <translation>Fügen Sie dem Kontext cluster: NAME hinzu.</translation>
    </message>
    <message>
      <source>%1 refers to cluster "%2", which is not defined</source>
      <translation>%1 verweist auf den Cluster "%2", der nicht definiert ist</translation>
    </message>
    <message>
      <source>Defined clusters: %1. Fix the context or add the cluster.</source>
      <translation>Definierte Cluster: %1. Korrigieren Sie den Kontext oder fügen Sie den Cluster hinzu.</translation>
    </message>
    <message>
      <source>Context "%1" names no user: requests are anonymous</source>
      <translation>Kontext "%1" gibt keinen Benutzer an: Anfragen erfolgen anonym</translation>
    </message>
    <message>
      <source>%1 refers to user "%2", which is not defined</source>
      <translation>%1 verweist auf den Benutzer "%2", der nicht definiert ist</translation>
    </message>
    <message>
      <source>Defined users: %1. Fix the context or add the user.</source>
      <translation>Definierte Benutzer: %1. Korrigieren Sie den Kontext oder fügen Sie den Benutzer hinzu.</translation>
    </message>
    <message>
      <source>%1: cannot read %2 %3: %4</source>
      <translation>%1: %2 %3 kann nicht gelesen werden: %4</translation>
    </message>
    <message>
      <source>Check that the file exists and is readable; relative paths are taken from the kubeconfig's folder.</source>
      <translation>Prüfen Sie, ob die Datei existiert und lesbar ist; relative Pfade beziehen sich auf den Ordner der kubeconfig.</translation>
    </message>
    <message>
      <source>%1: %2 does not hold a PEM %3</source>
      <translation>%1: %2 enthält kein PEM-Objekt vom Typ %3</translation>
    </message>
    <message>
      <source>The data must be PEM text (-----BEGIN ...-----), base64-encoded once in *-data fields.</source>
      <translation>Die Daten müssen PEM-Text sein (-----BEGIN ...-----), in *-data-Feldern einmal Base64-kodiert.</translation>
    </message>
    <message>
      <source>cluster "%1"</source>
      <translation>Cluster "%1"</translation>
    </message>
    <message>
      <source>%1 has no server</source>
      <translation>%1 hat kein Feld server</translation>
    </message>
    <message>
      <source>Add server: https://HOST:6443 to the cluster.</source>
      <translation>Fügen Sie dem Cluster server: https://HOST:6443 hinzu.</translation>
    </message>
    <message>
      <source>%1: server "%2" is not a valid https URL</source>
      <translation>%1: server "%2" ist keine gültige https-URL</translation>
    </message>
    <message>
      <source>Write it like https://127.0.0.1:6443.</source>
      <translation>Schreiben Sie sie in der Form https://127.0.0.1:6443.</translation>
    </message>
    <message>
      <source>Cluster "%1" is reached over plain http: nothing is encrypted</source>
      <translation>Cluster "%1" wird über reines http erreicht: Es wird nichts verschlüsselt</translation>
    </message>
    <message>
      <source>%1 sets both a certificate authority and insecure-skip-tls-verify</source>
      <translation>%1 setzt sowohl eine Zertifizierungsstelle als auch insecure-skip-tls-verify</translation>
    </message>
    <message>
      <source>Remove insecure-skip-tls-verify (recommended) or the certificate authority.</source>
      <translation>Entfernen Sie insecure-skip-tls-verify (empfohlen) oder die Zertifizierungsstelle.</translation>
    </message>
    <message>
      <source>TLS verification is off for cluster "%1" (insecure-skip-tls-verify): anyone on the network path could read or change what you see</source>
      <translation>Die TLS-Prüfung ist für den Cluster "%1" deaktiviert (insecure-skip-tls-verify): Jeder auf dem Netzwerkpfad könnte mitlesen oder verändern, was Sie sehen</translation>
    </message>
    <message>
      <source>Cluster "%1" sets certificate-authority-data and certificate-authority; the data is used</source>
      <translation>Cluster "%1" setzt certificate-authority-data und certificate-authority; verwendet wird certificate-authority-data</translation>
    </message>
    <message>
      <source>%1: proxy-url "%2" is not an http, https or socks5 URL</source>
      <translation>%1: proxy-url "%2" ist keine http-, https- oder socks5-URL</translation>
    </message>
    <message>
      <source>Write it like socks5://localhost:1080.</source>
      <translation>Schreiben Sie sie in der Form socks5://localhost:1080.</translation>
    </message>
    <message>
      <source>user "%1"</source>
      <translation>Benutzer "%1"</translation>
    </message>
    <message>
      <source>%1: exec has no command</source>
      <translation>%1: exec hat kein command</translation>
    </message>
    <message>
      <source>Set exec.command to the credential plugin to run (e.g. kubelogin).</source>
      <translation>Setzen Sie exec.command auf das auszuführende Credential-Plugin (z. B. kubelogin).</translation>
    </message>
    <message>
      <source>%1: exec has no apiVersion</source>
      <translation>%1: exec hat keine apiVersion</translation>
    </message>
    <message>
      <source>%1: exec apiVersion "%2" is not supported</source>
      <translation>%1: exec-apiVersion "%2" wird nicht unterstützt</translation>
    </message>
    <message>
      <source>Use client.authentication.k8s.io/v1 (or v1beta1); v1alpha1 was removed in Kubernetes 1.24.</source>
      <translation>Verwenden Sie client.authentication.k8s.io/v1 (oder v1beta1); v1alpha1 wurde in Kubernetes 1.24 entfernt.</translation>
    </message>
    <message>
      <source>%1: exec with apiVersion v1 needs interactiveMode</source>
      <translation>%1: exec mit apiVersion v1 benötigt interactiveMode</translation>
    </message>
    <message>
      <source>Add interactiveMode: Never (or IfAvailable).</source>
      <translation>Fügen Sie interactiveMode: Never (oder IfAvailable) hinzu.</translation>
    </message>
    <message>
      <source>%1: exec interactiveMode "%2" is not Never, IfAvailable or Always</source>
      <translation>%1: exec-interactiveMode "%2" ist weder Never noch IfAvailable noch Always</translation>
    </message>
    <message>
      <source>Use interactiveMode: Never.</source>
      <translation>Verwenden Sie interactiveMode: Never.</translation>
    </message>
    <message>
      <source>%1 sets both auth-provider and exec</source>
      <translation>%1 setzt sowohl auth-provider als auch exec</translation>
    </message>
    <message>
      <source>%1 uses the auth-provider "%2", which Kubernetes removed</source>
      <translation>%1 verwendet den auth-provider "%2", den Kubernetes entfernt hat</translation>
    </message>
    <message>
      <source>Use an exec credential plugin instead (e.g. kubelogin for OIDC, gke-gcloud-auth-plugin, kubelogin for Azure).</source>
      <translation>Verwenden Sie stattdessen ein exec-Credential-Plugin (z. B. kubelogin für OIDC, gke-gcloud-auth-plugin, kubelogin für Azure).</translation>
    </message>
    <message>
      <source>%1: more than one authentication method (token and username/password)</source>
      <translation>%1: mehr als eine Authentifizierungsmethode (token und username/password)</translation>
    </message>
    <message>
      <source>Keep either the token or the username and password.</source>
      <translation>Behalten Sie entweder das Token oder Benutzername und Passwort.</translation>
    </message>
    <message>
      <source>%1 has a client certificate but no client key</source>
      <translation>%1 hat ein Client-Zertifikat, aber keinen Client-Schlüssel</translation>
    </message>
    <message>
      <source>%1 has a client key but no client certificate</source>
      <translation>%1 hat einen Client-Schlüssel, aber kein Client-Zertifikat</translation>
    </message>
    <message>
      <source>Add client-key(-data) and client-certificate(-data) together.</source>
      <translation>Fügen Sie client-key(-data) und client-certificate(-data) gemeinsam hinzu.</translation>
    </message>
    <message>
      <source>%1: tokenFile %2 cannot be read</source>
      <translation>%1: tokenFile %2 kann nicht gelesen werden</translation>
    </message>
    <message>
      <source>Check the path; relative paths are taken from the kubeconfig's folder.</source>
      <translation>Prüfen Sie den Pfad; relative Pfade beziehen sich auf den Ordner der kubeconfig.</translation>
    </message>
    <message>
      <source>User "%1" has no credentials: requests are anonymous</source>
      <translation>Benutzer "%1" hat keine Anmeldedaten: Anfragen erfolgen anonym</translation>
    </message>
  </context>
  <context>
    <name>lcl::kube::ObjectYamlLoader</name>
    <message>
      <source>The console cannot show objects of kind "%1".</source>
      <translation>Die Konsole kann Objekte der Art "%1" nicht anzeigen.</translation>
    </message>
  </context>
  <context>
    <name>lcl::kube::StatusError</name>
    <message>
      <source>all namespaces</source>
      <translation>allen Namespaces</translation>
    </message>
    <message>
      <source>namespace %1</source>
      <translation>Namespace %1</translation>
    </message>
    <message>
      <source>The server responded with the status code %1 but did not return more information</source>
      <translation>Der Server hat mit dem Statuscode %1 geantwortet, aber keine weiteren Informationen zurückgegeben</translation>
    </message>
    <message>
      <source>Something in front of the API server (a proxy or gateway) refused the request.</source>
      <translation>Etwas vor dem API-Server (ein Proxy oder Gateway) hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
      <source>Check that the server address points at a Kubernetes API server.</source>
      <translation>Prüfen Sie, ob die Serveradresse auf einen Kubernetes-API-Server verweist.</translation>
    </message>
    <message>
      <source>Not found: %1 in %2</source>
      <translation>Nicht gefunden: %1 in %2</translation>
    </message>
    <message>
      <source>It may have been deleted, or the API is not installed on this cluster. Refresh the view.</source>
      <translation>Es wurde möglicherweise gelöscht, oder die API ist auf diesem Cluster nicht installiert. Aktualisieren Sie die Ansicht.</translation>
    </message>
    <message>
      <source>Forbidden: your account may not %1 %2 in %3</source>
      <translation>Zugriff verweigert: Ihr Konto darf %1 für %2 in %3 nicht ausführen</translation>
    </message>
    <message>
      <source>Ask for the edit role, or switch context</source>
      <translation>Fordern Sie die Rolle edit an oder wechseln Sie den Kontext</translation>
    </message>
    <message>
      <source>Ask for the view role, or switch context</source>
      <translation>Fordern Sie die Rolle view an oder wechseln Sie den Kontext</translation>
    </message>
    <message>
      <source>The cluster did not accept your credentials</source>
      <translation>Der Cluster hat Ihre Anmeldedaten nicht akzeptiert</translation>
    </message>
    <message>
      <source>The token or certificate may have expired or been revoked. Log in again, or fix the user in the kubeconfig.</source>
      <translation>Das Token oder Zertifikat ist möglicherweise abgelaufen oder wurde widerrufen. Melden Sie sich erneut an oder korrigieren Sie den Benutzer in der kubeconfig.</translation>
    </message>
    <message>
      <source>%1 already exists in %2</source>
      <translation>%1 existiert bereits in %2</translation>
    </message>
    <message>
      <source>Choose another name, or edit the existing object.</source>
      <translation>Wählen Sie einen anderen Namen oder bearbeiten Sie das vorhandene Objekt.</translation>
    </message>
    <message>
      <source>Conflict: %1 fields are owned by another manager: %2</source>
      <translation>Konflikt: Felder von %1 gehören einem anderen Feldmanager: %2</translation>
    </message>
    <message>
      <source>Apply with force to take them over, or change them with the tool that owns them.</source>
      <translation>Wenden Sie die Änderung mit force an, um die Felder zu übernehmen, oder ändern Sie sie mit dem Werkzeug, dem sie gehören.</translation>
    </message>
    <message>
      <source>Conflict: %1 was changed by someone else meanwhile</source>
      <translation>Konflikt: %1 wurde zwischenzeitlich von jemand anderem geändert</translation>
    </message>
    <message>
      <source>Reload it and try again.</source>
      <translation>Laden Sie es neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>The server rejected %1: %2</source>
      <translation>Der Server hat %1 abgelehnt: %2</translation>
    </message>
    <message>
      <source>Fix the values and try again.</source>
      <translation>Korrigieren Sie die Werte und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>The list of %1 the request relied on has expired</source>
      <translation>Die Liste von %1, auf der die Anfrage beruhte, ist abgelaufen</translation>
    </message>
    <message>
      <source>Reload; the view will fetch a fresh list.</source>
      <translation>Laden Sie neu; die Ansicht ruft eine aktuelle Liste ab.</translation>
    </message>
    <message>
      <source>The API server is busy and asked to slow down</source>
      <translation>Der API-Server ist ausgelastet und hat um Drosselung gebeten</translation>
    </message>
    <message numerus="yes">
      <source>Try again in %n second(s).</source>
      <translation>
        <numerusform>Versuchen Sie es in %n Sekunde erneut.</numerusform>
        <numerusform>Versuchen Sie es in %n Sekunden erneut.</numerusform>
      </translation>
    </message>
    <message>
      <source>Try again in a moment.</source>
      <translation>Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
      <source>The API server is unavailable</source>
      <translation>Der API-Server ist nicht verfügbar</translation>
    </message>
    <message>
      <source>The control plane may be restarting. Try again in a moment.</source>
      <translation>Die Control Plane wird möglicherweise neu gestartet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
      <source>The API server did not finish the request in time</source>
      <translation>Der API-Server hat die Anfrage nicht rechtzeitig abgeschlossen</translation>
    </message>
    <message>
      <source>The server may be overloaded. Try again.</source>
      <translation>Der Server ist möglicherweise überlastet. Versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>The server does not accept this kind of change for %1</source>
      <translation>Der Server akzeptiert diese Art von Änderung für %1 nicht</translation>
    </message>
    <message>
      <source>Custom resources take merge or JSON patches, not strategic merge patches.</source>
      <translation>Custom Resources akzeptieren Merge- oder JSON-Patches, keine Strategic-Merge-Patches.</translation>
    </message>
    <message>
      <source>The server refused the request: %1</source>
      <translation>Der Server hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
      <source>This is likely a mistake in the console; please report it with the log.</source>
      <translation>Dies ist wahrscheinlich ein Fehler in der Konsole; bitte melden Sie ihn zusammen mit dem Protokoll.</translation>
    </message>
    <message>
      <source>The API server answered %1 %2</source>
      <translation>Der API-Server antwortete mit %1 %2</translation>
    </message>
    <message>
      <source>The API server failed: %1</source>
      <translation>Fehler im API-Server: %1</translation>
    </message>
    <message>
      <source>Try again; if it keeps failing, check the control plane's logs.</source>
      <translation>Versuchen Sie es erneut; falls es weiterhin fehlschlägt, prüfen Sie die Protokolle der Control Plane.</translation>
    </message>
    <message>
      <source>Check the request and try again.</source>
      <translation>Prüfen Sie die Anfrage und versuchen Sie es erneut.</translation>
    </message>
  </context>
  <context>
    <name>lcl::kube::TokenFileCredential</name>
    <message>
      <source>Could not read the token file %1: %2</source>
      <translation>Die Token-Datei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
      <source>Check tokenFile in the kubeconfig; the file must exist and be readable.</source>
      <translation>Prüfen Sie tokenFile in der kubeconfig; die Datei muss existieren und lesbar sein.</translation>
    </message>
    <message>
      <source>The token file %1 is empty</source>
      <translation>Die Token-Datei %1 ist leer</translation>
    </message>
    <message>
      <source>Write the bearer token into the file, or fix tokenFile in the kubeconfig.</source>
      <translation>Schreiben Sie das Bearer-Token in die Datei oder korrigieren Sie tokenFile in der kubeconfig.</translation>
    </message>
  </context>
  <context>
    <name>lcl::kube::WatchEvent</name>
    <message>
      <source>The watch stream reported an error: %1</source>
      <translation>Der Watch-Stream hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
      <source>The console lists the resources again.</source>
      <translation>Die Konsole listet die Ressourcen erneut auf.</translation>
    </message>
  </context>
  <context>
    <name>lcl::kube::WatchFramer</name>
    <message>
      <source>A change notification from the server is larger than %1 MiB.</source>
      <translation>Eine Änderungsbenachrichtigung des Servers ist größer als %1 MiB.</translation>
    </message>
    <message>
      <source>The console reconnects; if this repeats, an object in the cluster is unusually large.</source>
      <translation>Die Konsole verbindet sich neu; wiederholt sich dies, ist ein Objekt im Cluster ungewöhnlich groß.</translation>
    </message>
  </context>
  <context>
    <name>lcl::kube::YamlText</name>
    <message>
      <source>&lt;hidden: %1 bytes&gt;</source>
      <translation>&lt;ausgeblendet: %1 Bytes&gt;</translation>
    </message>
    <message>
      <source>The object could not be shown: the server's answer is not a JSON object.</source>
      <translation>Das Objekt konnte nicht angezeigt werden: Die Antwort des Servers ist kein JSON-Objekt.</translation>
    </message>
    <message>
      <source>The object could not be shown as YAML.</source>
      <translation>Das Objekt konnte nicht als YAML angezeigt werden.</translation>
    </message>
  </context>
  <context>
    <name>lcl::lab::AlertEntry</name>
    <message>
      <source>pending</source>
      <translation>ausstehend</translation>
    </message>
    <message>
      <source>firing</source>
      <translation>aktiv</translation>
    </message>
    <message>
      <source>suppressed</source>
      <translation>unterdrückt</translation>
    </message>
  </context>
  <context>
    <name>lcl::lab::ClusterSession</name>
    <message>
      <source>The API server answered /version with HTTP %1.</source>
      <translation>Der API-Server hat /version mit HTTP %1 beantwortet.</translation>
    </message>
    <message>
      <source>Check the credentials of this context.</source>
      <translation>Prüfen Sie die Anmeldedaten dieses Kontexts.</translation>
    </message>
    <message>
      <source>Check that the server is a Kubernetes API server.</source>
      <translation>Prüfen Sie, ob der Server ein Kubernetes-API-Server ist.</translation>
    </message>
    <message>
      <source>No kubeconfig is loaded.</source>
      <translation>Es ist keine kubeconfig geladen.</translation>
    </message>
    <message>
      <source>Open a kubeconfig file, or start the demo lab.</source>
      <translation>Öffnen Sie eine kubeconfig-Datei oder starten Sie das Demo-Lab.</translation>
    </message>
    <message>
      <source>asking the server for its version</source>
      <translation>Server wird nach seiner Version gefragt</translation>
    </message>
    <message>
      <source>The server's /version answer has no gitVersion.</source>
      <translation>Die /version-Antwort des Servers enthält keine gitVersion.</translation>
    </message>
    <message>
      <source>%1: loading the cluster's objects</source>
      <translation>%1: Objekte des Clusters werden geladen</translation>
    </message>
  </context>
  <context>
    <name>lcl::lab::DemoLab</name>
    <message>
      <source>Could not create a temporary folder for the demo lab.</source>
      <translation>Für das Demo-Lab konnte kein temporärer Ordner erstellt werden.</translation>
    </message>
    <message>
      <source>Check that %1 is writable.</source>
      <translation>Prüfen Sie, ob %1 beschreibbar ist.</translation>
    </message>
    <message>
      <source>The simulator lclab-sim was not found.</source>
      <translation>Der Simulator lclab-sim wurde nicht gefunden.</translation>
    </message>
    <message>
      <source>Build it (installer/setup.sh build) or install the console package, which ships lclab-sim next to lclab-console.</source>
      <translation>Bauen Sie ihn (installer/setup.sh build) oder installieren Sie das Konsolenpaket, das lclab-sim neben lclab-console mitliefert.</translation>
    </message>
    <message>
      <source>Starting the simulated cluster…</source>
      <translation>Simulierter Cluster wird gestartet…</translation>
    </message>
    <message>
      <source>The simulator stopped while starting (exit code %1).</source>
      <translation>Der Simulator wurde beim Starten beendet (Exit-Code %1).</translation>
    </message>
    <message>
      <source>See its log: %1</source>
      <translation>Siehe Protokoll: %1</translation>
    </message>
    <message>
      <source>The simulator did not become ready in time.</source>
      <translation>Der Simulator wurde nicht rechtzeitig bereit.</translation>
    </message>
    <message>
      <source>Alertmanager is not installed, so alerts cannot be silenced from the console. Install it with: sudo apt-get install prometheus-alertmanager</source>
      <translation>Alertmanager ist nicht installiert, daher können Alarme nicht über die Konsole stummgeschaltet werden. Installieren Sie ihn mit: sudo apt-get install prometheus-alertmanager</translation>
    </message>
    <message>
      <source>Starting Alertmanager…</source>
      <translation>Alertmanager wird gestartet…</translation>
    </message>
    <message>
      <source>Prometheus is not installed, so the demo lab shows no request rates, latencies or alerts. Install it with: sudo apt-get install prometheus</source>
      <translation>Prometheus ist nicht installiert, daher zeigt das Demo-Lab keine Anfrageraten, Latenzen oder Alarme. Installieren Sie es mit: sudo apt-get install prometheus</translation>
    </message>
    <message>
      <source>This simulator build exposes no metrics yet, so Prometheus has nothing of the cluster to scrape.</source>
      <translation>Dieser Simulator-Build stellt noch keine Metriken bereit, daher kann Prometheus vom Cluster nichts abfragen.</translation>
    </message>
    <message>
      <source>Starting Prometheus…</source>
      <translation>Prometheus wird gestartet…</translation>
    </message>
  </context>
  <context>
    <name>lcl::lab::GraphLayout</name>
    <message>
      <source>Graphviz could not lay the graph out.</source>
      <translation>Graphviz konnte den Graphen nicht anordnen.</translation>
    </message>
  </context>
  <context>
    <name>lcl::lab::HealthReport</name>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>node %1</source>
      <translation>Knoten %1</translation>
    </message>
    <message>
      <source>not ready</source>
      <translation>nicht bereit</translation>
    </message>
    <message>
      <source>%1 of %2 replicas ready</source>
      <translation>%1 von %2 Replikaten bereit</translation>
    </message>
    <message>
      <source>rollout stuck (progress deadline exceeded)</source>
      <translation>Rollout hängt fest (Fortschrittsfrist überschritten)</translation>
    </message>
    <message>
      <source>new spec not yet observed by its controller</source>
      <translation>neue Spezifikation wurde vom Controller noch nicht übernommen</translation>
    </message>
    <message>
      <source>pod %1/%2</source>
      <translation>Pod %1/%2</translation>
    </message>
    <message>
      <source>pending for %1 s</source>
      <translation>seit %1 s ausstehend</translation>
    </message>
    <message>
      <source>container %1 was OOMKilled</source>
      <translation>Container %1 wurde beendet (OOMKilled)</translation>
    </message>
    <message numerus="yes">
      <source>%1 (%n restart(s))</source>
      <translation>
        <numerusform>%1 (%n Neustart)</numerusform>
        <numerusform>%1 (%n Neustarts)</numerusform>
      </translation>
    </message>
    <message>
      <source>job %1/%2</source>
      <translation>Job %1/%2</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>fehlgeschlagen</translation>
    </message>
    <message>
      <source>healthy</source>
      <translation>gesund</translation>
    </message>
    <message>
      <source>degraded</source>
      <translation>eingeschränkt</translation>
    </message>
    <message>
      <source>error</source>
      <translation>Fehler</translation>
    </message>
    <message>
      <source>Cluster: %1 (%2)</source>
      <translation>Cluster: %1 (%2)</translation>
    </message>
    <message>
      <source>unknown context</source>
      <translation>unbekannter Kontext</translation>
    </message>
    <message>
      <source>Status: %1 — %2</source>
      <translation>Status: %1 — %2</translation>
    </message>
    <message>
      <source>Server version: %1</source>
      <translation>Serverversion: %1</translation>
    </message>
    <message>
      <source>Status: %1</source>
      <translation>Status: %1</translation>
    </message>
    <message>
      <source>Objects:</source>
      <translation>Objekte:</translation>
    </message>
    <message>
      <source>Workloads:</source>
      <translation>Workloads:</translation>
    </message>
    <message>
      <source>Problems:</source>
      <translation>Probleme:</translation>
    </message>
    <message>
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <source>Traffic (Prometheus %1: %2):</source>
      <translation>Traffic (Prometheus %1: %2):</translation>
    </message>
    <message>
      <source>SERVICE</source>
      <translation>SERVICE</translation>
    </message>
    <message>
      <source>RATE</source>
      <translation>RATE</translation>
    </message>
    <message>
      <source>ERRORS</source>
      <translation>FEHLER</translation>
    </message>
    <message>
      <source>P95</source>
      <translation>P95</translation>
    </message>
    <message>
      <source> req/s</source>
      <translation> req/s</translation>
    </message>
    <message>
      <source> ms</source>
      <translation> ms</translation>
    </message>
    <message>
      <source>Alerts (Alertmanager %1: %2):</source>
      <translation>Alerts (Alertmanager %1: %2):</translation>
    </message>
    <message>
      <source>not configured</source>
      <translation>nicht konfiguriert</translation>
    </message>
    <message>
      <source>(silenced by %1)</source>
      <translation>(stummgeschaltet durch %1)</translation>
    </message>
    <message>
      <source>unknown: neither Alertmanager nor Prometheus told them</source>
      <translation>unbekannt: weder Alertmanager noch Prometheus haben sie gemeldet</translation>
    </message>
  </context>
  <context>
    <name>lcl::lab::LabProfile</name>
    <message>
      <source>Cannot read the lab profile %1: %2</source>
      <translation>Das Lab-Profil %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
      <source>Check the path given with --profile, or start without one to use the built-in LocalCloudLab profile.</source>
      <translation>Prüfen Sie den mit --profile angegebenen Pfad, oder starten Sie ohne Profil, um das integrierte LocalCloudLab-Profil zu verwenden.</translation>
    </message>
    <message>
      <source>No service was named for the signal "%1".</source>
      <translation>Für das Signal "%1" wurde kein Dienst angegeben.</translation>
    </message>
    <message>
      <source>The lab profile has no service "%1".</source>
      <translation>Das Lab-Profil hat keinen Dienst "%1".</translation>
    </message>
    <message>
      <source>The lab profile defines no "%1" query for the service "%2".</source>
      <translation>Das Lab-Profil definiert keine "%1"-Abfrage für den Dienst "%2".</translation>
    </message>
    <message>
      <source>Add it under the service's signals, or under defaults.kinds.%1.signals.</source>
      <translation>Fügen Sie sie unter den signals des Dienstes oder unter defaults.kinds.%1.signals hinzu.</translation>
    </message>
    <message>
      <source>The services %1 use different "%2" queries and cannot be asked in one query.</source>
      <translation>Die Dienste %1 verwenden unterschiedliche "%2"-Abfragen und können nicht in einer gemeinsamen Abfrage abgefragt werden.</translation>
    </message>
    <message>
      <source>The lab profile defines no "%1" query for the edge %2.</source>
      <translation>Das Lab-Profil definiert keine "%1"-Abfrage für die Kante %2.</translation>
    </message>
    <message>
      <source>The lab profile defines no "%1" query for routes.</source>
      <translation>Das Lab-Profil definiert keine "%1"-Abfrage für Routen.</translation>
    </message>
    <message>
      <source>Add it under defaults.routes.signals.</source>
      <translation>Fügen Sie sie unter defaults.routes.signals hinzu.</translation>
    </message>
    <message>
      <source>a gateway</source>
      <translation>ein Gateway</translation>
    </message>
    <message>
      <source>"service"</source>
      <translation>"service"</translation>
    </message>
    <message>
      <source>a listener</source>
      <translation>ein Listener</translation>
    </message>
    <message>
      <source>an HTTPS listener needs "tlsSecret"</source>
      <translation>ein HTTPS-Listener benötigt "tlsSecret"</translation>
    </message>
    <message>
      <source>gateway</source>
      <translation>Gateway</translation>
    </message>
    <message>
      <source>a route</source>
      <translation>eine Route</translation>
    </message>
    <message>
      <source>"gateway" names unknown gateway "%1"</source>
      <translation>"gateway" verweist auf das unbekannte Gateway "%1"</translation>
    </message>
    <message>
      <source>a route rule</source>
      <translation>eine Routenregel</translation>
    </message>
    <message>
      <source>a match</source>
      <translation>eine Match-Bedingung</translation>
    </message>
    <message>
      <source>a match needs "pathPrefix" or "path" starting with /</source>
      <translation>eine Match-Bedingung benötigt "pathPrefix" oder "path", beginnend mit /</translation>
    </message>
    <message>
      <source>a backend</source>
      <translation>ein Backend</translation>
    </message>
    <message>
      <source>backend "%1" names no Kubernetes Service of a profile service in namespace "%2"</source>
      <translation>Backend "%1" verweist auf keinen Kubernetes-Service eines Profildienstes im Namespace "%2"</translation>
    </message>
    <message>
      <source>the backend weights of rule %1 in route "%2" sum to %3, not 100</source>
      <translation>die Backend-Gewichte der Regel %1 in Route "%2" ergeben in Summe %3, nicht 100</translation>
    </message>
    <message>
      <source>route</source>
      <translation>Route</translation>
    </message>
    <message>
      <source>an edge</source>
      <translation>eine Kante</translation>
    </message>
    <message>
      <source>edge "from"</source>
      <translation>Kante "from"</translation>
    </message>
    <message>
      <source>edge "to"</source>
      <translation>Kante "to"</translation>
    </message>
    <message>
      <source>"route" names unknown route "%1"</source>
      <translation>"route" verweist auf die unbekannte Route "%1"</translation>
    </message>
    <message>
      <source>edge</source>
      <translation>Kante</translation>
    </message>
    <message>
      <source>an alert</source>
      <translation>ein Alarm</translation>
    </message>
    <message>
      <source>alert "%1"</source>
      <translation>Alarm "%1"</translation>
    </message>
    <message>
      <source>alert</source>
      <translation>Alarm</translation>
    </message>
    <message>
      <source>a backup</source>
      <translation>ein Backup</translation>
    </message>
    <message>
      <source>"schedule" must be a cron schedule (minute hour day-of-month month day-of-week) or @hourly, @daily, @weekly, @monthly, @yearly: %1</source>
      <translation>"schedule" muss ein Cron-Zeitplan (Minute Stunde Tag-des-Monats Monat Wochentag) oder @hourly, @daily, @weekly, @monthly, @yearly sein: %1</translation>
    </message>
    <message>
      <source>backup</source>
      <translation>Backup</translation>
    </message>
    <message>
      <source>a secret</source>
      <translation>ein Secret</translation>
    </message>
    <message>
      <source>"keys" must name at least one key</source>
      <translation>"keys" muss mindestens einen Schlüssel angeben</translation>
    </message>
    <message>
      <source>secret</source>
      <translation>Secret</translation>
    </message>
    <message numerus="yes">
      <source>The lab profile %1 has %n error(s); the first: line %2, column %3: %4</source>
      <translation>
        <numerusform>Das Lab-Profil %1 enthält %n Fehler; Zeile %2, Spalte %3: %4</numerusform>
        <numerusform>Das Lab-Profil %1 enthält %n Fehler; der erste: Zeile %2, Spalte %3: %4</numerusform>
      </translation>
    </message>
    <message>
      <source>Fix the profile (every problem is listed in the details), or start without --profile to use the built-in LocalCloudLab profile.</source>
      <translation>Korrigieren Sie das Profil (alle Probleme sind in den Details aufgeführt) oder starten Sie ohne --profile, um das integrierte LocalCloudLab-Profil zu verwenden.</translation>
    </message>
    <message>
      <source>YAML syntax error: %1</source>
      <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
      <source>cannot read the YAML: %1</source>
      <translation>YAML kann nicht gelesen werden: %1</translation>
    </message>
    <message>
      <source>the profile is empty; expected a LabProfile document</source>
      <translation>das Profil ist leer; erwartet wurde ein LabProfile-Dokument</translation>
    </message>
    <message>
      <source>the profile</source>
      <translation>das Profil</translation>
    </message>
    <message>
      <source>unsupported apiVersion "%1"; expected "%2"</source>
      <translation>nicht unterstützte apiVersion "%1"; erwartet wurde "%2"</translation>
    </message>
    <message>
      <source>kind must be "LabProfile", not "%1"</source>
      <translation>kind muss "LabProfile" sein, nicht "%1"</translation>
    </message>
    <message>
      <source>a namespace</source>
      <translation>ein Namespace</translation>
    </message>
    <message>
      <source>namespace</source>
      <translation>Namespace</translation>
    </message>
    <message>
      <source>"signals" must be a mapping of signal names to PromQL templates, not %1</source>
      <translation>"signals" muss eine Zuordnung von Signalnamen zu PromQL-Vorlagen sein, ist aber %1</translation>
    </message>
    <message>
      <source>signal name "%1" must be a camelCase word like requestRate</source>
      <translation>Signalname "%1" muss ein camelCase-Wort wie requestRate sein</translation>
    </message>
    <message>
      <source>signal "%1" must be a PromQL template text, not %2</source>
      <translation>Signal "%1" muss ein PromQL-Vorlagentext sein, ist aber %2</translation>
    </message>
    <message>
      <source>in signal "%1": %2</source>
      <translation>in Signal "%1": %2</translation>
    </message>
    <message>
      <source>runbook "%1" must be a built-in runbook id like runbooks/api-errors-latency</source>
      <translation>Runbook "%1" muss eine integrierte Runbook-ID wie runbooks/api-errors-latency sein</translation>
    </message>
    <message>
      <source>%1 names unknown service "%2"</source>
      <translation>%1 verweist auf den unbekannten Service "%2"</translation>
    </message>
    <message>
      <source>namespace "%1" is not listed under namespaces</source>
      <translation>Namespace "%1" ist nicht unter namespaces aufgeführt</translation>
    </message>
    <message>
      <source>duplicate %1 "%2" (first defined at line %3)</source>
      <translation>%1 "%2" ist doppelt vorhanden (zuerst definiert in Zeile %3)</translation>
    </message>
    <message>
      <source>a mapping</source>
      <translation>eine Zuordnung</translation>
    </message>
    <message>
      <source>a list</source>
      <translation>eine Liste</translation>
    </message>
    <message>
      <source>empty</source>
      <translation>leer</translation>
    </message>
    <message>
      <source>%1 must be a mapping (key: value), not %2</source>
      <translation>%1 muss eine Zuordnung (Schlüssel: Wert) sein, ist aber %2</translation>
    </message>
    <message>
      <source>duplicate key "%1" in %2 (first at line %3)</source>
      <translation>Schlüssel "%1" ist in %2 doppelt vorhanden (zuerst in Zeile %3)</translation>
    </message>
    <message>
      <source>unknown key "%1" in %2; expected one of: %3</source>
      <translation>unbekannter Schlüssel "%1" in %2; erwartet wird einer von: %3</translation>
    </message>
    <message>
      <source>%1 is missing the required key "%2"</source>
      <translation>%1 enthält nicht den erforderlichen Schlüssel "%2"</translation>
    </message>
    <message>
      <source>"%1" must be a list, not %2</source>
      <translation>"%1" muss eine Liste sein, ist aber %2</translation>
    </message>
    <message>
      <source>"%1" must be %2, not %3</source>
      <translation>"%1" muss %2 sein, ist aber %3</translation>
    </message>
    <message>
      <source>a text</source>
      <translation>ein Text</translation>
    </message>
    <message>
      <source>a name</source>
      <translation>ein Name</translation>
    </message>
    <message>
      <source>"%1" must be a DNS subdomain name (lower-case letters, digits, '-' and '.'), not "%2"</source>
      <translation>"%1" muss ein DNS-Subdomain-Name sein (Kleinbuchstaben, Ziffern, '-' und '.'), nicht "%2"</translation>
    </message>
    <message>
      <source>"%1" must be a DNS label (lower-case letters, digits and '-', at most 63), not "%2"</source>
      <translation>"%1" muss ein DNS-Label sein (Kleinbuchstaben, Ziffern und '-', höchstens 63), nicht "%2"</translation>
    </message>
    <message>
      <source>an integer from %1 to %2</source>
      <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
      <source>"%1" must be %2, not "%3"</source>
      <translation>"%1" muss %2 sein, nicht "%3"</translation>
    </message>
    <message>
      <source>a number from %1 to %2</source>
      <translation>eine Zahl von %1 bis %2</translation>
    </message>
    <message>
      <source>true or false</source>
      <translation>true oder false</translation>
    </message>
    <message>
      <source>"%1" must be true or false, not "%2"</source>
      <translation>"%1" muss true oder false sein, nicht "%2"</translation>
    </message>
    <message>
      <source>a duration</source>
      <translation>eine Dauer</translation>
    </message>
    <message>
      <source>"%1" must be a duration like 250ms, 1.5s or 2m, not "%2"</source>
      <translation>"%1" muss eine Dauer wie 250ms, 1.5s oder 2m sein, nicht "%2"</translation>
    </message>
    <message>
      <source>"%1" must be a Prometheus duration like 30s, 5m or 1h30m, not "%2"</source>
      <translation>"%1" muss eine Prometheus-Dauer wie 30s, 5m oder 1h30m sein, nicht "%2"</translation>
    </message>
    <message>
      <source>one of %1</source>
      <translation>einer der Werte %1</translation>
    </message>
    <message>
      <source>the items of "%1" must be texts, not %2</source>
      <translation>die Einträge von "%1" müssen Texte sein, nicht %2</translation>
    </message>
    <message>
      <source>"%1" must be a mapping of texts, not %2</source>
      <translation>"%1" muss eine Zuordnung von Texten sein, ist aber %2</translation>
    </message>
    <message>
      <source>the value of "%1" in "%2" must be a text, not %3</source>
      <translation>der Wert von "%1" in "%2" muss ein Text sein, ist aber %3</translation>
    </message>
    <message>
      <source>workload</source>
      <translation>Workload</translation>
    </message>
    <message>
      <source>Kubernetes Service</source>
      <translation>Kubernetes-Service</translation>
    </message>
    <message>
      <source>a service</source>
      <translation>ein Service</translation>
    </message>
    <message>
      <source>service "%1"</source>
      <translation>Service "%1"</translation>
    </message>
    <message>
      <source>duplicate service id "%1" (first defined at line %2)</source>
      <translation>Service-ID "%1" ist doppelt vorhanden (zuerst definiert in Zeile %2)</translation>
    </message>
    <message>
      <source>external service "%1" cannot have a workload</source>
      <translation>der externe Service "%1" kann keinen Workload haben</translation>
    </message>
    <message>
      <source>"hpa" needs a Deployment or StatefulSet workload in service "%1"</source>
      <translation>"hpa" erfordert einen Deployment- oder StatefulSet-Workload in Service "%1"</translation>
    </message>
    <message>
      <source>the workload of service "%1"</source>
      <translation>der Workload von Service "%1"</translation>
    </message>
    <message>
      <source>a container port</source>
      <translation>ein Container-Port</translation>
    </message>
    <message>
      <source>the requests of service "%1" exceed its limits</source>
      <translation>die Requests von Service "%1" überschreiten seine Limits</translation>
    </message>
    <message>
      <source>"storage" (a volume claim template) needs kind StatefulSet</source>
      <translation>"storage" (ein Volume-Claim-Template) erfordert kind StatefulSet</translation>
    </message>
    <message>
      <source>"cpu" must be a CPU quantity like 200m or 0.5, not "%1"</source>
      <translation>"cpu" muss eine CPU-Menge wie 200m oder 0.5 sein, nicht "%1"</translation>
    </message>
    <message>
      <source>"memory" must be a quantity like 256Mi or 1Gi, not "%1"</source>
      <translation>"memory" muss eine Menge wie 256Mi oder 1Gi sein, nicht "%1"</translation>
    </message>
    <message>
      <source>"size" must be a quantity like 5Gi, not "%1"</source>
      <translation>"size" muss eine Menge wie 5Gi sein, nicht "%1"</translation>
    </message>
    <message>
      <source>"variants" need a Deployment workload in service "%1"</source>
      <translation>"variants" erfordern einen Deployment-Workload in Service "%1"</translation>
    </message>
    <message>
      <source>a variant</source>
      <translation>eine Variante</translation>
    </message>
    <message>
      <source>variant</source>
      <translation>Variante</translation>
    </message>
    <message>
      <source>a Kubernetes Service</source>
      <translation>ein Kubernetes-Service</translation>
    </message>
    <message>
      <source>a Service port</source>
      <translation>ein Service-Port</translation>
    </message>
    <message>
      <source>"maxReplicas" (%1) must not be below "minReplicas" (%2)</source>
      <translation>"maxReplicas" (%1) darf nicht kleiner als "minReplicas" (%2) sein</translation>
    </message>
    <message>
      <source>"latencyP95" must not be below "latencyP50"</source>
      <translation>"latencyP95" darf nicht kleiner als "latencyP50" sein</translation>
    </message>
    <message>
      <source>a traffic route</source>
      <translation>eine Traffic-Route</translation>
    </message>
    <message>
      <source>"path" must start with /, not "%1"</source>
      <translation>"path" muss mit / beginnen, nicht "%1"</translation>
    </message>
    <message>
      <source>the step in the %1 field "%2" must be a positive number</source>
      <translation>die Schrittweite im %1-Feld "%2" muss eine positive Zahl sein</translation>
    </message>
    <message>
      <source>the %1 field "%2" is not a number, a range a-b, a list or *</source>
      <translation>das %1-Feld "%2" ist weder eine Zahl noch ein Bereich a-b, eine Liste oder *</translation>
    </message>
    <message>
      <source>the %1 field value %2 is outside %3</source>
      <translation>der Wert %2 im %1-Feld liegt außerhalb von %3</translation>
    </message>
    <message>
      <source>"%1" is not one of %2</source>
      <translation>"%1" ist keiner der Werte %2</translation>
    </message>
    <message numerus="yes">
      <source>it has %n field(s), not 5</source>
      <translation>
        <numerusform>er hat %n Feld statt 5</numerusform>
        <numerusform>er hat %n Felder statt 5</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>lcl::lab::MonitoringSession</name>
    <message>
      <source>looking for Prometheus in the cluster</source>
      <translation>Prometheus wird im Cluster gesucht</translation>
    </message>
    <message numerus="yes">
      <source>asking the first %n queries</source>
      <translation>
        <numerusform>%n Abfrage wird zum ersten Mal gestellt</numerusform>
        <numerusform>die ersten %n Abfragen werden gestellt</numerusform>
      </translation>
    </message>
    <message>
      <source>no Alertmanager URL given</source>
      <translation>keine Alertmanager-URL angegeben</translation>
    </message>
    <message>
      <source>asking for alerts</source>
      <translation>Alerts werden abgefragt</translation>
    </message>
    <message>
      <source>waiting for Prometheus: %1</source>
      <translation>Warten auf Prometheus: %1</translation>
    </message>
    <message>
      <source>%1 (trying again in %2 s)</source>
      <translation>%1 (neuer Versuch in %2 s)</translation>
    </message>
    <message>
      <source>%1 of %2 queries failed: %3</source>
      <translation>%1 von %2 Abfragen fehlgeschlagen: %3</translation>
    </message>
    <message numerus="yes">
      <source>%n queries per refresh, all answered</source>
      <translation>
        <numerusform>%n Abfrage pro Aktualisierung, beantwortet</numerusform>
        <numerusform>%n Abfragen pro Aktualisierung, alle beantwortet</numerusform>
      </translation>
    </message>
    <message>
      <source>waiting for Alertmanager: %1</source>
      <translation>Warten auf Alertmanager: %1</translation>
    </message>
    <message numerus="yes">
      <source>%n alert(s) firing</source>
      <translation>
        <numerusform>%n Alert aktiv</numerusform>
        <numerusform>%n Alerts aktiv</numerusform>
      </translation>
    </message>
    <message>
      <source>No Alertmanager is connected, so alerts cannot be silenced.</source>
      <translation>Es ist kein Alertmanager verbunden, daher können Alerts nicht stummgeschaltet werden.</translation>
    </message>
    <message>
      <source>Start the console with --alertmanager-url, or use the demo lab.</source>
      <translation>Die Konsole mit --alertmanager-url starten oder das Demo-Lab verwenden.</translation>
    </message>
    <message>
      <source>No Alertmanager is connected.</source>
      <translation>Es ist kein Alertmanager verbunden.</translation>
    </message>
    <message>
      <source>Alertmanager is not answering: %1</source>
      <translation>Alertmanager antwortet nicht: %1</translation>
    </message>
    <message>
      <source>Prometheus is not answering: %1</source>
      <translation>Prometheus antwortet nicht: %1</translation>
    </message>
  </context>
  <context>
    <name>lcl::lab::PromQlTemplate</name>
    <message>
      <source>"{{" is not closed by "}}"</source>
      <translation>"{{" wird nicht durch "}}" geschlossen</translation>
    </message>
    <message>
      <source>"{{%1}}" is not a placeholder name (letters, digits, _)</source>
      <translation>"{{%1}}" ist kein gültiger Platzhaltername (Buchstaben, Ziffern, _)</translation>
    </message>
    <message>
      <source>unknown placeholder {{%1}}; expected one of: %2</source>
      <translation>unbekannter Platzhalter {{%1}}; erwartet wird einer von: %2</translation>
    </message>
    <message>
      <source>"}}" without an opening "{{"</source>
      <translation>"}}" ohne öffnendes "{{"</translation>
    </message>
  </context>
  <context>
    <name>lcl::lab::TopologyBuilder</name>
    <message>
      <source>No lab profile: the graph is discovered from the cluster, dependencies between services are not known.</source>
      <translation>Kein Lab-Profil: Der Graph wird aus dem Cluster ermittelt, Abhängigkeiten zwischen Services sind nicht bekannt.</translation>
    </message>
    <message>
      <source>No metrics: traffic numbers are not shown.</source>
      <translation>Keine Metriken: Traffic-Zahlen werden nicht angezeigt.</translation>
    </message>
    <message>
      <source>Clients</source>
      <translation>Clients</translation>
    </message>
    <message>
      <source>outside the cluster</source>
      <translation>außerhalb des Clusters</translation>
    </message>
    <message>
      <source>Gateway · %1</source>
      <translation>Gateway · %1</translation>
    </message>
    <message>
      <source>no Envoy proxy pod is ready</source>
      <translation>kein Envoy-Proxy-Pod ist bereit</translation>
    </message>
    <message>
      <source>%1 of %2 proxy pods ready</source>
      <translation>%1 von %2 Proxy-Pods bereit</translation>
    </message>
    <message>
      <source>selects no pods</source>
      <translation>wählt keine Pods aus</translation>
    </message>
    <message>
      <source>rollout stuck (progress deadline exceeded)</source>
      <translation>Rollout hängt (Progress-Deadline überschritten)</translation>
    </message>
    <message>
      <source>no pod ready</source>
      <translation>kein Pod bereit</translation>
    </message>
    <message>
      <source>%1 of %2 pods ready</source>
      <translation>%1 von %2 Pods bereit</translation>
    </message>
    <message>
      <source>%1 in %2</source>
      <translation>%1 in %2</translation>
    </message>
    <message>
      <source>%1 × %2</source>
      <translation>%1 × %2</translation>
    </message>
    <message>
      <source>pods</source>
      <translation>Pods</translation>
    </message>
    <message>
      <source>no workload found for its selector</source>
      <translation>kein Workload für seinen Selektor gefunden</translation>
    </message>
  </context>
  <context>
    <name>lcl::lab::TopologyEdge</name>
    <message>
      <source>%1 rps</source>
      <translation>%1 rps</translation>
    </message>
    <message>
      <source>%1%</source>
      <translation>%1 %</translation>
    </message>
    <message>
      <source>p95 %1 s</source>
      <translation>p95 %1 s</translation>
    </message>
    <message>
      <source>p95 %1 ms</source>
      <translation>p95 %1 ms</translation>
    </message>
    <message>
      <source>no data</source>
      <translation>keine Daten</translation>
    </message>
  </context>
  <context>
    <name>lcl::lab::TopologyNode</name>
    <message>
      <source>Client</source>
      <translation>Client</translation>
    </message>
    <message>
      <source>Gateway</source>
      <translation>Gateway</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>Route</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <source>Workload</source>
      <translation>Workload</translation>
    </message>
    <message>
      <source>Pods</source>
      <translation>Pods</translation>
    </message>
    <message>
      <source>Backing service</source>
      <translation>Backing-Service</translation>
    </message>
    <message>
      <source>Platform</source>
      <translation>Plattform</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Warnung</translation>
    </message>
    <message>
      <source>Critical</source>
      <translation>Kritisch</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Unbekannt</translation>
    </message>
  </context>
  <context>
    <name>lcl::metrics::AlertmanagerDecoder</name>
    <message>
      <source>Alertmanager sent an answer that cannot be read: %1</source>
      <translation>Alertmanager hat eine Antwort gesendet, die nicht gelesen werden kann: %1</translation>
    </message>
    <message>
      <source>Check that the URL points at Alertmanager's API v2 (0.16 or newer).</source>
      <translation>Prüfen Sie, ob die URL auf die API v2 von Alertmanager (0.16 oder neuer) zeigt.</translation>
    </message>
    <message>
      <source>the body is empty</source>
      <translation>der Body ist leer</translation>
    </message>
    <message>
      <source>not JSON (%1)</source>
      <translation>kein JSON (%1)</translation>
    </message>
    <message>
      <source>expected a JSON list</source>
      <translation>JSON-Liste erwartet</translation>
    </message>
    <message>
      <source>an alert is not a JSON object</source>
      <translation>ein Alert ist kein JSON-Objekt</translation>
    </message>
    <message>
      <source>an alert has no labels</source>
      <translation>ein Alert hat keine Labels</translation>
    </message>
    <message>
      <source>alert %1 has no status</source>
      <translation>Alert %1 hat keinen Status</translation>
    </message>
    <message>
      <source>alert %1 has the unknown state "%2"</source>
      <translation>Alert %1 hat den unbekannten Zustand "%2"</translation>
    </message>
    <message>
      <source>a silence is not a JSON object</source>
      <translation>ein Silence ist kein JSON-Objekt</translation>
    </message>
    <message>
      <source>a silence has no id</source>
      <translation>ein Silence hat keine ID</translation>
    </message>
    <message>
      <source>silence %1 has the unknown state "%2"</source>
      <translation>Silence %1 hat den unbekannten Zustand "%2"</translation>
    </message>
    <message>
      <source>silence %1 has no matchers</source>
      <translation>Silence %1 hat keine Matcher</translation>
    </message>
    <message>
      <source>an alert group is not a JSON object</source>
      <translation>eine Alert-Gruppe ist kein JSON-Objekt</translation>
    </message>
    <message>
      <source>an alert group has no alerts list</source>
      <translation>eine Alert-Gruppe hat keine Alert-Liste</translation>
    </message>
    <message>
      <source>the answer has no "silenceID"</source>
      <translation>die Antwort enthält keine "silenceID"</translation>
    </message>
    <message>
      <source>Fix the silence and try again.</source>
      <translation>Korrigieren Sie das Silence und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>A silence needs at least one matcher.</source>
      <translation>Ein Silence benötigt mindestens einen Matcher.</translation>
    </message>
    <message>
      <source>Every matcher of a silence needs a label name.</source>
      <translation>Jeder Matcher eines Silence benötigt einen Label-Namen.</translation>
    </message>
    <message>
      <source>A silence needs a start and an end time.</source>
      <translation>Ein Silence benötigt eine Start- und eine Endzeit.</translation>
    </message>
    <message>
      <source>A silence must end after it starts.</source>
      <translation>Ein Silence muss nach seinem Beginn enden.</translation>
    </message>
    <message>
      <source>A silence needs an author (created by).</source>
      <translation>Ein Silence benötigt einen Autor (erstellt von).</translation>
    </message>
    <message>
      <source>A silence needs a comment saying why.</source>
      <translation>Ein Silence benötigt einen Kommentar mit einer Begründung.</translation>
    </message>
  </context>
  <context>
    <name>lcl::metrics::MetricValue</name>
    <message>
      <source>missing since %1</source>
      <translation>fehlt seit %1</translation>
    </message>
    <message>
      <source>no data</source>
      <translation>keine Daten</translation>
    </message>
    <message>
      <source>no traffic</source>
      <translation>kein Traffic</translation>
    </message>
  </context>
  <context>
    <name>lcl::metrics::MetricsPollerDecoder</name>
    <message>
      <source>Prometheus' answer to the %1 query could not be read</source>
      <translation>Die Antwort von Prometheus auf die %1-Abfrage konnte nicht gelesen werden</translation>
    </message>
    <message>
      <source>The server may not be Prometheus-compatible.</source>
      <translation>Der Server ist möglicherweise nicht Prometheus-kompatibel.</translation>
    </message>
  </context>
  <context>
    <name>lcl::metrics::NoDataDiagnosis</name>
    <message>
      <source>error: %1</source>
      <translation>Fehler: %1</translation>
    </message>
    <message>
      <source>empty (no series)</source>
      <translation>leer (keine Serien)</translation>
    </message>
    <message numerus="yes">
      <source>%n series</source>
      <translation>
        <numerusform>%n Serie</numerusform>
        <numerusform>%n Serien</numerusform>
      </translation>
    </message>
    <message>
      <source>Data is there</source>
      <translation>Daten sind vorhanden</translation>
    </message>
    <message>
      <source>No traffic in the window</source>
      <translation>Kein Traffic im Zeitfenster</translation>
    </message>
    <message>
      <source>The query failed</source>
      <translation>Die Abfrage ist fehlgeschlagen</translation>
    </message>
    <message>
      <source>Target down</source>
      <translation>Target nicht erreichbar</translation>
    </message>
    <message>
      <source>Metric absent</source>
      <translation>Metrik fehlt</translation>
    </message>
    <message>
      <source>Labels do not match</source>
      <translation>Labels stimmen nicht überein</translation>
    </message>
    <message>
      <source>Cause unknown</source>
      <translation>Ursache unbekannt</translation>
    </message>
    <message>
      <source>No Prometheus is connected.</source>
      <translation>Es ist kein Prometheus verbunden.</translation>
    </message>
    <message>
      <source>The query returned NaN for %1: a ratio of zero by zero, so there were no requests in the window. This is not an error.</source>
      <translation>Die Abfrage lieferte NaN für %1: ein Verhältnis von null zu null, es gab also keine Requests im Zeitfenster. Dies ist kein Fehler.</translation>
    </message>
    <message>
      <source>The query returns %1 for %2 now.</source>
      <translation>Die Abfrage liefert derzeit %1 für %2.</translation>
    </message>
    <message>
      <source>empty: no series at all</source>
      <translation>leer: überhaupt keine Serien</translation>
    </message>
    <message numerus="yes">
      <source>%n series, none for this entity</source>
      <translation>
        <numerusform>%n Serie, keine für diese Entität</numerusform>
        <numerusform>%n Serien, keine für diese Entität</numerusform>
      </translation>
    </message>
    <message>
      <source>Prometheus cannot scrape %1 (up == 0), so its metrics stop. Check that the pods run and that the metrics port answers; the Targets page of Prometheus shows the scrape error.</source>
      <translation>Prometheus kann %1 nicht scrapen (up == 0), daher bleiben die Metriken aus. Prüfen Sie, ob die Pods laufen und der Metrik-Port antwortet; die Targets-Seite von Prometheus zeigt den Scrape-Fehler.</translation>
    </message>
    <message>
      <source>The query reads no metric by name, so there is nothing more to check.</source>
      <translation>Die Abfrage liest keine Metrik über ihren Namen, daher gibt es nichts weiter zu prüfen.</translation>
    </message>
    <message>
      <source>Prometheus has no series named %1. The exporter or instrumentation that provides it is not scraped, or uses another name; check the scrape configuration, or the profile's query for this signal.</source>
      <translation>Prometheus hat keine Serie namens %1. Der Exporter oder die Instrumentierung, die sie liefert, wird nicht gescrapt oder verwendet einen anderen Namen; prüfen Sie die Scrape-Konfiguration oder die Abfrage des Profils für dieses Signal.</translation>
    </message>
    <message>
      <source>The metric exists, but the query has no labels to match an entity by.</source>
      <translation>Die Metrik existiert, aber die Abfrage hat keine Labels, über die eine Entität zugeordnet werden kann.</translation>
    </message>
    <message>
      <source>%1 exists, but none of its series has the labels %2. The profile's label names may not match what the exporter writes.</source>
      <translation>%1 existiert, aber keine seiner Serien hat die Labels %2. Die Label-Namen des Profils stimmen möglicherweise nicht mit dem überein, was der Exporter schreibt.</translation>
    </message>
    <message>
      <source>%1 exists, but not for %2; it has %3. The profile's names (namespace, service or telemetry labels) may not match what the cluster reports.</source>
      <translation>%1 existiert, aber nicht für %2; vorhanden ist %3. Die Namen des Profils (Namespace-, Service- oder Telemetrie-Labels) stimmen möglicherweise nicht mit dem überein, was der Cluster meldet.</translation>
    </message>
    <message>
      <source>%1 exists for %2, but the query's other conditions (a status code, a time window, a division) leave nothing; for example there may have been no 5xx responses, or too few samples in the window.</source>
      <translation>%1 existiert für %2, aber die übrigen Bedingungen der Abfrage (ein Statuscode, ein Zeitfenster, eine Division) lassen nichts übrig; zum Beispiel gab es möglicherweise keine 5xx-Antworten oder zu wenige Samples im Zeitfenster.</translation>
    </message>
  </context>
  <context>
    <name>lcl::metrics::PromDecoder</name>
    <message>
      <source>Prometheus refused the range query: it would return more than 11,000 points per series.</source>
      <translation>Prometheus hat die Bereichsabfrage abgelehnt: Sie würde mehr als 11.000 Punkte pro Serie liefern.</translation>
    </message>
    <message>
      <source>Widen the step (fewer points) or shorten the time range.</source>
      <translation>Vergrößern Sie die Schrittweite (weniger Punkte) oder verkürzen Sie den Zeitraum.</translation>
    </message>
    <message>
      <source>Prometheus rejected the query: %1</source>
      <translation>Prometheus hat die Abfrage abgelehnt: %1</translation>
    </message>
    <message>
      <source>Check the PromQL (the profile's signal templates) and the query parameters.</source>
      <translation>Prüfen Sie die PromQL (die Signalvorlagen des Profils) und die Abfrageparameter.</translation>
    </message>
    <message>
      <source>Prometheus could not evaluate the query: %1</source>
      <translation>Prometheus konnte die Abfrage nicht auswerten: %1</translation>
    </message>
    <message>
      <source>The query is valid but failed on the data (for example many-to-many matching); change its grouping.</source>
      <translation>Die Abfrage ist gültig, ist aber an den Daten gescheitert (zum Beispiel Many-to-many-Matching); ändern Sie ihre Gruppierung.</translation>
    </message>
    <message>
      <source>Prometheus timed out evaluating the query: %1</source>
      <translation>Zeitüberschreitung bei der Auswertung der Abfrage durch Prometheus: %1</translation>
    </message>
    <message>
      <source>Shorten the time range, widen the step or narrow the selectors.</source>
      <translation>Verkürzen Sie den Zeitraum, vergrößern Sie die Schrittweite oder schränken Sie die Selektoren ein.</translation>
    </message>
    <message>
      <source>Prometheus is not available: %1</source>
      <translation>Prometheus ist nicht verfügbar: %1</translation>
    </message>
    <message>
      <source>It may be starting or overloaded; the console retries on the next refresh.</source>
      <translation>Es startet möglicherweise gerade oder ist überlastet; die Konsole versucht es bei der nächsten Aktualisierung erneut.</translation>
    </message>
    <message>
      <source>Prometheus cancelled the query: %1</source>
      <translation>Prometheus hat die Abfrage abgebrochen: %1</translation>
    </message>
    <message>
      <source>Prometheus does not know this endpoint: %1</source>
      <translation>Prometheus kennt diesen Endpunkt nicht: %1</translation>
    </message>
    <message>
      <source>The server may not be Prometheus-compatible or may be too old.</source>
      <translation>Der Server ist möglicherweise nicht Prometheus-kompatibel oder zu alt.</translation>
    </message>
    <message>
      <source>Prometheus failed: %1</source>
      <translation>Prometheus-Fehler: %1</translation>
    </message>
    <message>
      <source>See Prometheus' own log for the cause.</source>
      <translation>Die Ursache finden Sie im Log von Prometheus.</translation>
    </message>
    <message>
      <source>"data.resultType" is missing</source>
      <translation>"data.resultType" fehlt</translation>
    </message>
    <message>
      <source>"data.result" is missing</source>
      <translation>"data.result" fehlt</translation>
    </message>
    <message>
      <source>a %1 result is not a [time, "value"] pair</source>
      <translation>ein %1-Ergebnis ist kein [time, "value"]-Paar</translation>
    </message>
    <message>
      <source>unsupported resultType "%1"</source>
      <translation>nicht unterstützter resultType "%1"</translation>
    </message>
    <message>
      <source>"data.result" of a %1 is not a list</source>
      <translation>"data.result" eines %1-Ergebnisses ist keine Liste</translation>
    </message>
    <message>
      <source>a series has no "metric"</source>
      <translation>eine Serie hat kein "metric"</translation>
    </message>
    <message>
      <source>a series' "metric" is not a map of texts</source>
      <translation>"metric" einer Serie ist keine Zuordnung von Texten</translation>
    </message>
    <message>
      <source>a matrix series has no "values" list</source>
      <translation>eine Matrix-Serie hat keine "values"-Liste</translation>
    </message>
    <message>
      <source>a value is not a [time, "number"] pair</source>
      <translation>ein Wert ist kein [time, "number"]-Paar</translation>
    </message>
    <message>
      <source>a vector sample has no "value"</source>
      <translation>ein Vektor-Sample hat kein "value"</translation>
    </message>
    <message>
      <source>"data" is not a list</source>
      <translation>"data" ist keine Liste</translation>
    </message>
    <message>
      <source>"data" holds something other than texts</source>
      <translation>"data" enthält etwas anderes als Texte</translation>
    </message>
    <message>
      <source>"data" is not a map of metric names</source>
      <translation>"data" ist keine Zuordnung von Metriknamen</translation>
    </message>
    <message>
      <source>the metadata of %1 is not a list</source>
      <translation>die Metadaten von %1 sind keine Liste</translation>
    </message>
    <message>
      <source>"data.%1" is not a list</source>
      <translation>"data.%1" ist keine Liste</translation>
    </message>
    <message>
      <source>rule group "%1" has no rules list</source>
      <translation>Regelgruppe "%1" hat keine Regelliste</translation>
    </message>
    <message>
      <source>rule "%1" has the unknown type "%2"</source>
      <translation>Regel "%1" hat den unbekannten Typ "%2"</translation>
    </message>
    <message>
      <source>the build info has no version</source>
      <translation>die Build-Info enthält keine Version</translation>
    </message>
    <message>
      <source>Prometheus sent an answer that cannot be read: %1</source>
      <translation>Prometheus hat eine Antwort gesendet, die nicht gelesen werden kann: %1</translation>
    </message>
    <message>
      <source>Check that the URL points at a Prometheus-compatible API (…/api/v1).</source>
      <translation>Prüfen Sie, ob die URL auf eine Prometheus-kompatible API (…/api/v1) zeigt.</translation>
    </message>
    <message>
      <source>the body is empty (HTTP %1)</source>
      <translation>der Body ist leer (HTTP %1)</translation>
    </message>
    <message>
      <source>Prometheus answered HTTP %1 without a Prometheus error body.</source>
      <translation>Prometheus hat mit HTTP %1 ohne Prometheus-Fehler-Body geantwortet.</translation>
    </message>
    <message>
      <source>Check the URL and that Prometheus is running behind it.</source>
      <translation>Prüfen Sie die URL und ob Prometheus dahinter läuft.</translation>
    </message>
    <message>
      <source>not JSON (%1)</source>
      <translation>kein JSON (%1)</translation>
    </message>
    <message>
      <source>the answer is not a JSON object</source>
      <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
      <source>the "status" field is missing</source>
      <translation>das Feld "status" fehlt</translation>
    </message>
    <message>
      <source>unknown status "%1"</source>
      <translation>unbekannter Status "%1"</translation>
    </message>
    <message>
      <source>the "data" field is missing</source>
      <translation>das Feld "data" fehlt</translation>
    </message>
  </context>
  <context>
    <name>lcl::metrics::PromSample</name>
    <message>
      <source>undefined</source>
      <translation>undefiniert</translation>
    </message>
    <message>
      <source>undefined (+Inf)</source>
      <translation>undefiniert (+Inf)</translation>
    </message>
    <message>
      <source>undefined (-Inf)</source>
      <translation>undefiniert (-Inf)</translation>
    </message>
  </context>
  <context>
    <name>lcl::metrics::PrometheusClientEndpoint</name>
    <message>
      <source>“%1” is not an http or https address</source>
      <translation>“%1” ist keine http- oder https-Adresse</translation>
    </message>
    <message>
      <source>Write it like http://prometheus.example:9090</source>
      <translation>Schreiben Sie sie in der Form http://prometheus.example:9090</translation>
    </message>
    <message>
      <source>“%1” is not a service address</source>
      <translation>“%1” ist keine Service-Adresse</translation>
    </message>
    <message>
      <source>Write it as namespace/service:port, for example monitoring/prometheus:9090</source>
      <translation>Schreiben Sie sie als namespace/service:port, zum Beispiel monitoring/prometheus:9090</translation>
    </message>
    <message>
      <source>No cluster is connected to reach %1 through</source>
      <translation>Es ist kein Cluster verbunden, über den %1 erreicht werden kann</translation>
    </message>
    <message>
      <source>Connect to a cluster first, or give Prometheus' URL instead</source>
      <translation>Verbinden Sie sich zuerst mit einem Cluster oder geben Sie stattdessen die URL von Prometheus an</translation>
    </message>
    <message>
      <source>%1/%2 through the API server of %3</source>
      <translation>%1/%2 über den API-Server von %3</translation>
    </message>
  </context>
  <context>
    <name>lcl::metrics::PrometheusClientError</name>
    <message>
      <source>%1 at %2 cannot be reached</source>
      <translation>%1 unter %2 ist nicht erreichbar</translation>
    </message>
    <message>
      <source>Check that %1 is running and that the address is right; the console retries on the next refresh.</source>
      <translation>Prüfen Sie, ob %1 läuft und die Adresse stimmt; die Konsole versucht es bei der nächsten Aktualisierung erneut.</translation>
    </message>
    <message>
      <source>%1 at %2 did not answer in time</source>
      <translation>%1 unter %2 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
      <source>%1 may be overloaded; try a shorter time range or a longer refresh interval.</source>
      <translation>%1 ist möglicherweise überlastet; versuchen Sie einen kürzeren Zeitraum oder ein längeres Aktualisierungsintervall.</translation>
    </message>
    <message>
      <source>The API server did not accept the credentials</source>
      <translation>Der API-Server hat die Anmeldedaten nicht akzeptiert</translation>
    </message>
    <message>
      <source>Log in again or refresh the kubeconfig.</source>
      <translation>Melden Sie sich erneut an oder aktualisieren Sie die kubeconfig.</translation>
    </message>
    <message>
      <source>Not allowed to reach %1 through the API server</source>
      <translation>Keine Berechtigung, %1 über den API-Server zu erreichen</translation>
    </message>
    <message>
      <source>Reading through the service proxy needs get (and, for POST, create) on services/proxy.</source>
      <translation>Das Lesen über den Service-Proxy erfordert get (und bei POST create) auf services/proxy.</translation>
    </message>
    <message>
      <source>The service %1 does not exist</source>
      <translation>Der Service %1 existiert nicht</translation>
    </message>
    <message>
      <source>Check the namespace, service name and port.</source>
      <translation>Prüfen Sie Namespace, Service-Namen und Port.</translation>
    </message>
    <message>
      <source>The API server could not reach %1</source>
      <translation>Der API-Server konnte %1 nicht erreichen</translation>
    </message>
    <message>
      <source>The service may have no ready pods (no endpoints); check its pods.</source>
      <translation>Der Service hat möglicherweise keine bereiten Pods (keine Endpoints); prüfen Sie seine Pods.</translation>
    </message>
    <message>
      <source>%1 does not know it: %2</source>
      <translation>%1 kennt es nicht: %2</translation>
    </message>
    <message>
      <source>It may have expired and been removed already; refresh the list.</source>
      <translation>Es ist möglicherweise abgelaufen und wurde bereits entfernt; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
      <source>%1 rejected the request: %2</source>
      <translation>%1 hat die Anfrage abgelehnt: %2</translation>
    </message>
    <message>
      <source>Check the values entered.</source>
      <translation>Prüfen Sie die eingegebenen Werte.</translation>
    </message>
    <message>
      <source>%1 at %2 has no such API</source>
      <translation>%1 unter %2 bietet diese API nicht</translation>
    </message>
    <message>
      <source>Check that the address points at %1 and not at another server.</source>
      <translation>Prüfen Sie, ob die Adresse auf %1 und nicht auf einen anderen Server zeigt.</translation>
    </message>
    <message>
      <source>%1 at %2 refused access</source>
      <translation>%1 unter %2 hat den Zugriff verweigert</translation>
    </message>
    <message>
      <source>Check the credentials for this endpoint.</source>
      <translation>Prüfen Sie die Anmeldedaten für diesen Endpunkt.</translation>
    </message>
    <message>
      <source>%1 at %2 answered HTTP %3</source>
      <translation>%1 unter %2 hat mit HTTP %3 geantwortet</translation>
    </message>
    <message>
      <source>Look at %1's log for the cause.</source>
      <translation>Die Ursache finden Sie im Log von %1.</translation>
    </message>
    <message>
      <source>The time range has too many points for Prometheus</source>
      <translation>Der Zeitraum enthält zu viele Punkte für Prometheus</translation>
    </message>
    <message>
      <source>Choose a shorter range or a coarser step (at most 11,000 points per series).</source>
      <translation>Wählen Sie einen kürzeren Zeitraum oder eine gröbere Schrittweite (höchstens 11.000 Punkte pro Serie).</translation>
    </message>
    <message>
      <source>Prometheus rejected the query: %1</source>
      <translation>Prometheus hat die Abfrage abgelehnt: %1</translation>
    </message>
    <message>
      <source>Check the PromQL of this signal (in the lab profile, if it comes from there).</source>
      <translation>Prüfen Sie die PromQL dieses Signals (im Lab-Profil, falls es von dort stammt).</translation>
    </message>
    <message>
      <source>Prometheus could not evaluate the query: %1</source>
      <translation>Prometheus konnte die Abfrage nicht auswerten: %1</translation>
    </message>
    <message>
      <source>The query is valid but failed on the data, e.g. duplicate series on one side of a division; check the labels the profile groups by.</source>
      <translation>Die Abfrage ist gültig, ist aber an den Daten gescheitert, z. B. durch doppelte Serien auf einer Seite einer Division; prüfen Sie die Labels, nach denen das Profil gruppiert.</translation>
    </message>
    <message>
      <source>Prometheus at %1 gave up on the query in time</source>
      <translation>Prometheus unter %1 hat die Abfrage wegen Zeitüberschreitung aufgegeben</translation>
    </message>
    <message>
      <source>Try a shorter time range, or raise Prometheus' --query.timeout.</source>
      <translation>Versuchen Sie einen kürzeren Zeitraum oder erhöhen Sie --query.timeout von Prometheus.</translation>
    </message>
    <message>
      <source>Prometheus cancelled the query</source>
      <translation>Prometheus hat die Abfrage abgebrochen</translation>
    </message>
    <message>
      <source>Prometheus at %1 is not ready</source>
      <translation>Prometheus unter %1 ist nicht bereit</translation>
    </message>
    <message>
      <source>It may still be starting or replaying its write-ahead log; wait a moment.</source>
      <translation>Es startet möglicherweise noch oder spielt sein Write-Ahead-Log ein; warten Sie einen Moment.</translation>
    </message>
    <message>
      <source>Prometheus at %1 does not know this API</source>
      <translation>Prometheus unter %1 kennt diese API nicht</translation>
    </message>
    <message>
      <source>The server may be an older or a partial Prometheus-compatible API.</source>
      <translation>Der Server bietet möglicherweise eine ältere oder nur teilweise Prometheus-kompatible API.</translation>
    </message>
    <message>
      <source>Prometheus at %1 failed: %2</source>
      <translation>Prometheus unter %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
      <source>Look at Prometheus' log for the cause.</source>
      <translation>Die Ursache finden Sie im Log von Prometheus.</translation>
    </message>
  </context>
  <context>
    <name>lcl::metrics::PrometheusDiscovery</name>
    <message>
      <source>the address you gave, %1</source>
      <translation>die von Ihnen angegebene Adresse, %1</translation>
    </message>
    <message>
      <source>Reading the address you gave, “%1”</source>
      <translation>Die von Ihnen angegebene Adresse wird gelesen: “%1”</translation>
    </message>
    <message>
      <source>Reaching %1 through the API server</source>
      <translation>%1 wird über den API-Server erreicht</translation>
    </message>
    <message>
      <source>No cluster is connected.</source>
      <translation>Es ist kein Cluster verbunden.</translation>
    </message>
    <message>
      <source>the service %1 you gave</source>
      <translation>der von Ihnen angegebene Service %1</translation>
    </message>
    <message>
      <source>Reading the service address “%1”</source>
      <translation>Service-Adresse wird gelesen: “%1”</translation>
    </message>
    <message>
      <source>Searching the cluster for Prometheus services</source>
      <translation>Cluster wird nach Prometheus-Services durchsucht</translation>
    </message>
    <message>
      <source>Asking %1 for `up`</source>
      <translation>%1 wird nach `up` abgefragt</translation>
    </message>
    <message>
      <source>Prometheus answers, but scrapes no targets yet.</source>
      <translation>Prometheus antwortet, scrapt aber noch keine Targets.</translation>
    </message>
    <message numerus="yes">
      <source>Prometheus answers: %n target(s)</source>
      <translation>
        <numerusform>Prometheus antwortet: %n Target</numerusform>
        <numerusform>Prometheus antwortet: %n Targets</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>, %n up.</source>
      <translation>
        <numerusform>, davon %n aktiv.</numerusform>
        <numerusform>, davon %n aktiv.</numerusform>
      </translation>
    </message>
    <message>
      <source>Searching the cluster for services labelled %1</source>
      <translation>Cluster wird nach Services mit dem Label %1 durchsucht</translation>
    </message>
    <message>
      <source>The API server answered HTTP %1</source>
      <translation>Der API-Server hat mit HTTP %1 geantwortet</translation>
    </message>
    <message>
      <source>The API server's answer could not be read.</source>
      <translation>Die Antwort des API-Servers konnte nicht gelesen werden.</translation>
    </message>
    <message>
      <source>No such service.</source>
      <translation>Dieser Service existiert nicht.</translation>
    </message>
    <message numerus="yes">
      <source>Found %n candidate(s): </source>
      <translation>
        <numerusform>%n Kandidat gefunden: </numerusform>
        <numerusform>%n Kandidaten gefunden: </numerusform>
      </translation>
    </message>
    <message>
      <source>Using Prometheus at %1</source>
      <translation>Prometheus unter %1 wird verwendet</translation>
    </message>
    <message>
      <source>No Prometheus found: give its address (URL or namespace/service:port) in the settings. Health and traffic stay empty until then.</source>
      <translation>Kein Prometheus gefunden: Geben Sie seine Adresse (URL oder namespace/service:port) in den Einstellungen an. Bis dahin bleiben Zustand und Traffic leer.</translation>
    </message>
  </context>
  <context>
    <name>lcl::net::CurlError</name>
    <message>
      <source>Could not connect to %1</source>
      <translation>Verbindung zu %1 konnte nicht hergestellt werden</translation>
    </message>
    <message>
      <source>Is the cluster running? Check the server address in the kubeconfig and that nothing blocks the port.</source>
      <translation>Läuft der Cluster? Prüfen Sie die Serveradresse in der kubeconfig und ob der Port durch nichts blockiert wird.</translation>
    </message>
    <message>
      <source>Could not resolve the host name %1</source>
      <translation>Der Hostname %1 konnte nicht aufgelöst werden</translation>
    </message>
    <message>
      <source>Check the server address in the kubeconfig and your DNS settings.</source>
      <translation>Prüfen Sie die Serveradresse in der kubeconfig und Ihre DNS-Einstellungen.</translation>
    </message>
    <message>
      <source>Could not resolve the proxy host</source>
      <translation>Der Proxy-Host konnte nicht aufgelöst werden</translation>
    </message>
    <message>
      <source>Check proxy-url in the kubeconfig or the http(s)_proxy variables.</source>
      <translation>Prüfen Sie proxy-url in der kubeconfig oder die Variablen http(s)_proxy.</translation>
    </message>
    <message>
      <source>%1 sent nothing for %2 s</source>
      <translation>%1 hat %2 s lang nichts gesendet</translation>
    </message>
    <message>
      <source>The connection may have stalled; it will be opened again.</source>
      <translation>Die Verbindung ist möglicherweise hängen geblieben; sie wird neu geöffnet.</translation>
    </message>
    <message>
      <source>%1 did not answer within %2 s</source>
      <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
      <source>The server may be overloaded or unreachable. Try again, or raise the timeout.</source>
      <translation>Der Server ist möglicherweise überlastet oder nicht erreichbar. Versuchen Sie es erneut oder erhöhen Sie das Timeout.</translation>
    </message>
    <message>
      <source>The server certificate of %1 could not be verified</source>
      <translation>Das Serverzertifikat von %1 konnte nicht verifiziert werden</translation>
    </message>
    <message>
      <source>Check certificate-authority(-data) and tls-server-name in the kubeconfig; the CA must be the one that signed the cluster's serving certificate.</source>
      <translation>Prüfen Sie certificate-authority(-data) und tls-server-name in der kubeconfig; die CA muss diejenige sein, die das Serving-Zertifikat des Clusters signiert hat.</translation>
    </message>
    <message>
      <source>The certificate authority for %1 could not be loaded</source>
      <translation>Die Zertifizierungsstelle für %1 konnte nicht geladen werden</translation>
    </message>
    <message>
      <source>certificate-authority-data must hold PEM certificates.</source>
      <translation>certificate-authority-data muss PEM-Zertifikate enthalten.</translation>
    </message>
    <message>
      <source>The client certificate for %1 could not be used</source>
      <translation>Das Client-Zertifikat für %1 konnte nicht verwendet werden</translation>
    </message>
    <message>
      <source>Check client-certificate(-data) in the kubeconfig: it must be PEM.</source>
      <translation>Prüfen Sie client-certificate(-data) in der kubeconfig: Es muss im PEM-Format vorliegen.</translation>
    </message>
    <message>
      <source>The connection to %1 was closed unexpectedly</source>
      <translation>Die Verbindung zu %1 wurde unerwartet geschlossen</translation>
    </message>
    <message>
      <source>The server closed the connection before TLS was set up; it may have crashed or be restarting. Try again.</source>
      <translation>Der Server hat die Verbindung geschlossen, bevor TLS aufgebaut war; er ist möglicherweise abgestürzt oder startet neu. Versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>The TLS handshake with %1 failed</source>
      <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen</translation>
    </message>
    <message>
      <source>The server may require a client certificate, or the client key may not match its certificate. Check client-certificate and client-key in the kubeconfig.</source>
      <translation>Der Server verlangt möglicherweise ein Client-Zertifikat, oder der Client-Schlüssel passt nicht zu seinem Zertifikat. Prüfen Sie client-certificate und client-key in der kubeconfig.</translation>
    </message>
    <message>
      <source>The address %1 is not a valid https URL</source>
      <translation>Die Adresse %1 ist keine gültige https-URL</translation>
    </message>
    <message>
      <source>Check the server field in the kubeconfig.</source>
      <translation>Prüfen Sie das Feld server in der kubeconfig.</translation>
    </message>
    <message>
      <source>%1 ended the TLS connection</source>
      <translation>%1 hat die TLS-Verbindung beendet</translation>
    </message>
    <message>
      <source>The server may require a client certificate that it accepts. Check client-certificate and client-key in the kubeconfig.</source>
      <translation>Der Server verlangt möglicherweise ein Client-Zertifikat, das er akzeptiert. Prüfen Sie client-certificate und client-key in der kubeconfig.</translation>
    </message>
    <message>
      <source>The server or a proxy in between dropped the connection. Try again.</source>
      <translation>Der Server oder ein dazwischenliegender Proxy hat die Verbindung getrennt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>The proxy refused the connection to %1</source>
      <translation>Der Proxy hat die Verbindung zu %1 abgelehnt</translation>
    </message>
    <message>
      <source>The request to %1 failed: %2</source>
      <translation>Die Anfrage an %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
      <source>Check the network connection to the cluster.</source>
      <translation>Prüfen Sie die Netzwerkverbindung zum Cluster.</translation>
    </message>
    <message>
      <source>Could not start a network request</source>
      <translation>Netzwerkanfrage konnte nicht gestartet werden</translation>
    </message>
  </context>
  <context>
    <name>lcl::net::HttpClient</name>
    <message>
      <source>A blocking request was made on the network thread</source>
      <translation>Im Netzwerk-Thread wurde eine blockierende Anfrage ausgeführt</translation>
    </message>
    <message>
      <source>The request was cancelled</source>
      <translation>Die Anfrage wurde abgebrochen</translation>
    </message>
  </context>
  <context>
    <name>lcl::widgets::ConnectionIndicator</name>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>since %1</source>
      <translation>seit %1</translation>
    </message>
  </context>
  <context>
    <name>lcl::widgets::EventsPage</name>
    <message>
      <source>Filter by reason, message, object or namespace</source>
      <translation>Nach Grund, Meldung, Objekt oder Namespace filtern</translation>
    </message>
    <message>
      <source>Event filter</source>
      <translation>Event-Filter</translation>
    </message>
    <message>
      <source>Event type</source>
      <translation>Event-Typ</translation>
    </message>
    <message>
      <source>All types</source>
      <translation>Alle Typen</translation>
    </message>
    <message>
      <source>Warnings</source>
      <translation>Warnungen</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>Normal</translation>
    </message>
    <message>
      <source>Group by object</source>
      <translation>Nach Objekt gruppieren</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>Events</translation>
    </message>
    <message>
      <source>%1 of %2 events, %3 warnings</source>
      <translation>%1 von %2 Events, %3 Warnungen</translation>
    </message>
  </context>
  <context>
    <name>lcl::widgets::LogView</name>
    <message>
      <source>Pod</source>
      <translation>Pod</translation>
    </message>
    <message>
      <source>Container</source>
      <translation>Container</translation>
    </message>
    <message>
      <source>Previous container</source>
      <translation>Vorheriger Container</translation>
    </message>
    <message>
      <source>Follow</source>
      <translation>Folgen</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Pausieren</translation>
    </message>
    <message>
      <source>Stop updating the view; lines keep arriving and appear on resume</source>
      <translation>Ansicht nicht mehr aktualisieren; Zeilen kommen weiter an und erscheinen beim Fortsetzen</translation>
    </message>
    <message>
      <source>keep </source>
      <translation>maximal </translation>
    </message>
    <message>
      <source> lines</source>
      <translation> Zeilen</translation>
    </message>
    <message>
      <source>Lines kept in memory</source>
      <translation>Im Speicher gehaltene Zeilen</translation>
    </message>
    <message>
      <source>Copy as kubectl</source>
      <translation>Als kubectl-Befehl kopieren</translation>
    </message>
    <message>
      <source>Pod:</source>
      <translation>Pod:</translation>
    </message>
    <message>
      <source>Container:</source>
      <translation>Container:</translation>
    </message>
    <message>
      <source>Search (Enter: next match, Shift+Enter: previous)</source>
      <translation>Suchen (Eingabe: nächster Treffer, Umschalt+Eingabe: vorheriger)</translation>
    </message>
    <message>
      <source>Log lines</source>
      <translation>Log-Zeilen</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Fortsetzen</translation>
    </message>
    <message>
      <source>Logs: %1</source>
      <translation>Logs: %1</translation>
    </message>
    <message>
      <source>All pods (%1)</source>
      <translation>Alle Pods (%1)</translation>
    </message>
    <message>
      <source>No cluster is connected.</source>
      <translation>Es ist kein Cluster verbunden.</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
      <source>%n line(s)</source>
      <translation>
        <numerusform>%n Zeile</numerusform>
        <numerusform>%n Zeilen</numerusform>
      </translation>
    </message>
    <message>
      <source>, %1 older lines dropped (keeping %2)</source>
      <translation>, %1 ältere Zeilen verworfen (%2 werden behalten)</translation>
    </message>
    <message numerus="yes">
      <source> · paused, %n new line(s) waiting</source>
      <translation>
        <numerusform> · pausiert, %n neue Zeile wartet</numerusform>
        <numerusform> · pausiert, %n neue Zeilen warten</numerusform>
      </translation>
    </message>
    <message>
      <source> · following</source>
      <translation> · folgt</translation>
    </message>
    <message numerus="yes">
      <source>%n matching line(s)</source>
      <translation>
        <numerusform>%n passende Zeile</numerusform>
        <numerusform>%n passende Zeilen</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 (deleted)</source>
      <translation>%1 (gelöscht)</translation>
    </message>
  </context>
  <context>
    <name>lcl::widgets::MainWindow</name>
    <message>
      <source>LocalCloudLab Console</source>
      <translation>LocalCloudLab Console</translation>
    </message>
    <message>
      <source>Views</source>
      <translation>Ansichten</translation>
    </message>
    <message>
      <source>Start the demo lab</source>
      <translation>Demo-Lab starten</translation>
    </message>
    <message>
      <source>Open a kubeconfig…</source>
      <translation>kubeconfig öffnen…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <source>Open &amp;kubeconfig…</source>
      <translation>&amp;kubeconfig öffnen…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <source>&amp;About LocalCloudLab Console</source>
      <translation>Ü&amp;ber LocalCloudLab Console</translation>
    </message>
    <message>
      <source>Connection</source>
      <translation>Verbindung</translation>
    </message>
    <message>
      <source>Context:</source>
      <translation>Kontext:</translation>
    </message>
    <message>
      <source>Kubernetes context</source>
      <translation>Kubernetes-Kontext</translation>
    </message>
    <message>
      <source>Namespace:</source>
      <translation>Namespace:</translation>
    </message>
    <message>
      <source>Namespace filter</source>
      <translation>Namespace-Filter</translation>
    </message>
    <message>
      <source>Kubernetes API</source>
      <translation>Kubernetes-API</translation>
    </message>
    <message>
      <source>Prometheus</source>
      <translation>Prometheus</translation>
    </message>
    <message>
      <source>Alertmanager</source>
      <translation>Alertmanager</translation>
    </message>
    <message>
      <source>No kubeconfig context</source>
      <translation>Kein kubeconfig-Kontext</translation>
    </message>
    <message>
      <source>All namespaces</source>
      <translation>Alle Namespaces</translation>
    </message>
    <message>
      <source>About LocalCloudLab Console</source>
      <translation>Über LocalCloudLab Console</translation>
    </message>
    <message>
      <source>&lt;h3&gt;LocalCloudLab Console %1&lt;/h3&gt;&lt;p&gt;A native console for LocalCloudLab k3s platforms: topology, live traffic, alerts, runbooks and safe guided changes in one window.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;LocalCloudLab Console %1&lt;/h3&gt;&lt;p&gt;Eine native Konsole für LocalCloudLab-k3s-Plattformen: Topologie, Live-Traffic, Alerts, Runbooks und sichere geführte Änderungen in einem Fenster.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>lcl::widgets::MetricChart</name>
    <message>
      <source>%1 — no data in this range</source>
      <translation>%1 — keine Daten in diesem Zeitraum</translation>
    </message>
    <message>
      <source>%1 — loading from Prometheus…</source>
      <translation>%1 — wird aus Prometheus geladen…</translation>
    </message>
  </context>
  <context>
    <name>lcl::widgets::OverviewPage</name>
    <message>
      <source>Nodes</source>
      <translation>Knoten</translation>
    </message>
    <message>
      <source>Pods</source>
      <translation>Pods</translation>
    </message>
    <message>
      <source>Services</source>
      <translation>Services</translation>
    </message>
    <message>
      <source>Firing alerts</source>
      <translation>Aktive Alerts</translation>
    </message>
    <message>
      <source>&lt;b&gt;Recent warnings&lt;/b&gt;</source>
      <translation>&lt;b&gt;Neueste Warnungen&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Recent warning events</source>
      <translation>Neueste Warn-Events</translation>
    </message>
    <message>
      <source>all ready</source>
      <translation>alle bereit</translation>
    </message>
    <message>
      <source>%1 ready</source>
      <translation>%1 bereit</translation>
    </message>
    <message>
      <source>%1 healthy</source>
      <translation>%1 gesund</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>unbekannt</translation>
    </message>
    <message>
      <source>no Prometheus or Alertmanager connected</source>
      <translation>kein Prometheus oder Alertmanager verbunden</translation>
    </message>
    <message>
      <source>all quiet</source>
      <translation>alles ruhig</translation>
    </message>
    <message>
      <source>firing now</source>
      <translation>jetzt aktiv</translation>
    </message>
    <message>
      <source>not answering</source>
      <translation>keine Antwort</translation>
    </message>
    <message>
      <source>waiting for %1</source>
      <translation>warte auf %1</translation>
    </message>
    <message>
      <source>last known, not answering</source>
      <translation>zuletzt bekannt, keine Antwort</translation>
    </message>
    <message>
      <source>%1 running</source>
      <translation>%1 laufend</translation>
    </message>
    <message>
      <source>%1 pending</source>
      <translation>%1 wartend</translation>
    </message>
    <message>
      <source>%1 succeeded</source>
      <translation>%1 abgeschlossen</translation>
    </message>
    <message>
      <source>%1 failed</source>
      <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
      <source>%1 in unknown phase</source>
      <translation>%1 in unbekannter Phase</translation>
    </message>
  </context>
  <context>
    <name>lcl::widgets::ServiceChartsWidget</name>
    <message>
      <source>Time range</source>
      <translation>Zeitraum</translation>
    </message>
    <message>
      <source>Last 15 minutes</source>
      <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
      <source>Last hour</source>
      <translation>Letzte Stunde</translation>
    </message>
    <message>
      <source>Last 6 hours</source>
      <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
      <source>Last 24 hours</source>
      <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
      <source>&lt;b&gt;Traffic&lt;/b&gt;</source>
      <translation>&lt;b&gt;Traffic&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Requests</source>
      <translation>Requests</translation>
    </message>
    <message>
      <source>req/s</source>
      <translation>req/s</translation>
    </message>
    <message>
      <source>rate</source>
      <translation>Rate</translation>
    </message>
    <message>
      <source>Errors</source>
      <translation>Fehler</translation>
    </message>
    <message>
      <source>% of requests</source>
      <translation>% der Requests</translation>
    </message>
    <message>
      <source>errors</source>
      <translation>Fehler</translation>
    </message>
    <message>
      <source>Latency</source>
      <translation>Latenz</translation>
    </message>
    <message>
      <source>ms</source>
      <translation>ms</translation>
    </message>
    <message>
      <source>p50</source>
      <translation>p50</translation>
    </message>
    <message>
      <source>p95</source>
      <translation>p95</translation>
    </message>
    <message>
      <source>p99</source>
      <translation>p99</translation>
    </message>
    <message>
      <source>No metrics source: connect Prometheus to see charts.</source>
      <translation>Keine Metrikquelle: Prometheus verbinden, um Diagramme zu sehen.</translation>
    </message>
    <message>
      <source>from the metrics refreshes this console received</source>
      <translation>aus den Metrik-Aktualisierungen, die diese Konsole empfangen hat</translation>
    </message>
    <message>
      <source>Loading from Prometheus</source>
      <translation>Wird aus Prometheus geladen</translation>
    </message>
    <message>
      <source>From Prometheus, one point every %1</source>
      <translation>Aus Prometheus, ein Punkt alle %1</translation>
    </message>
    <message>
      <source>Asking Prometheus; meanwhile showing what this console recorded since %1</source>
      <translation>Prometheus wird gefragt; bis dahin zu sehen: was diese Konsole seit %1 aufgezeichnet hat</translation>
    </message>
    <message>
      <source>Asking Prometheus for the whole range…</source>
      <translation>Prometheus wird nach dem ganzen Zeitraum gefragt…</translation>
    </message>
    <message>
      <source>Showing what this console recorded since %1; Prometheus did not answer: %2</source>
      <translation>Zu sehen ist, was diese Konsole seit %1 aufgezeichnet hat; Prometheus hat nicht geantwortet: %2</translation>
    </message>
    <message>
      <source>Prometheus did not answer: %1</source>
      <translation>Prometheus hat nicht geantwortet: %1</translation>
    </message>
    <message>
      <source>Showing what this console recorded since %1</source>
      <translation>Zu sehen ist, was diese Konsole seit %1 aufgezeichnet hat</translation>
    </message>
    <message>
      <source>Showing what this console recorded since %1; %2</source>
      <translation>Zu sehen ist, was diese Konsole seit %1 aufgezeichnet hat; %2</translation>
    </message>
    <message>
      <source>Nothing recorded in this range yet; %1</source>
      <translation>In diesem Zeitraum ist noch nichts aufgezeichnet; %1</translation>
    </message>
  </context>
  <context>
    <name>lcl::widgets::ServiceDetailPage</name>
    <message>
      <source>Logs</source>
      <translation>Logs</translation>
    </message>
    <message>
      <source>YAML</source>
      <translation>YAML</translation>
    </message>
    <message>
      <source>Copy as kubectl</source>
      <translation>Als kubectl-Befehl kopieren</translation>
    </message>
    <message>
      <source>Pods of the service</source>
      <translation>Pods des Service</translation>
    </message>
    <message>
      <source>Events of the service</source>
      <translation>Events des Service</translation>
    </message>
    <message>
      <source>&lt;span style='font-size:15pt; font-weight:600'&gt;%1&lt;/span&gt;</source>
      <translation>&lt;span style='font-size:15pt; font-weight:600'&gt;%1&lt;/span&gt;</translation>
    </message>
    <message>
      <source>No service selected</source>
      <translation>Kein Service ausgewählt</translation>
    </message>
    <message>
      <source>Choose a service on the overview or in the list.</source>
      <translation>Einen Service in der Übersicht oder in der Liste auswählen.</translation>
    </message>
    <message>
      <source>This service is not known to the profile or the cluster.</source>
      <translation>Dieser Service ist weder dem Profil noch dem Cluster bekannt.</translation>
    </message>
    <message>
      <source>&lt;span style='font-size:15pt; font-weight:600'&gt;%1&lt;/span&gt; &lt;span style='color:#5f6b7a'&gt;%2 · namespace %3&lt;/span&gt;</source>
      <translation>&lt;span style='font-size:15pt; font-weight:600'&gt;%1&lt;/span&gt; &lt;span style='color:#5f6b7a'&gt;%2 · Namespace %3&lt;/span&gt;</translation>
    </message>
    <message>
      <source>&lt;span style='color:%1; font-weight:600'&gt;● %2&lt;/span&gt; — %3 &amp;nbsp;·&amp;nbsp; ready %4/%5 · rate %6 · errors %7 · p95 %8</source>
      <translation>&lt;span style='color:%1; font-weight:600'&gt;● %2&lt;/span&gt; — %3 &amp;nbsp;·&amp;nbsp; bereit %4/%5 · Rate %6 · Fehler %7 · p95 %8</translation>
    </message>
    <message>
      <source>%1: not found in the cluster</source>
      <translation>%1: im Cluster nicht gefunden</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>unbekannt</translation>
    </message>
    <message>
      <source>%1 → %2 replicas (min %3, max %4, wants %5)</source>
      <translation>%1 → %2 Replikate (min. %3, max. %4, gewünscht %5)</translation>
    </message>
    <message>
      <source> · &lt;b&gt;at its maximum&lt;/b&gt;</source>
      <translation> · &lt;b&gt;am Maximum&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Autoscaling&lt;/b&gt;&lt;br/&gt;%1</source>
      <translation>&lt;b&gt;Autoscaling&lt;/b&gt;&lt;br/&gt;%1</translation>
    </message>
    <message>
      <source>no HorizontalPodAutoscaler</source>
      <translation>kein HorizontalPodAutoscaler</translation>
    </message>
    <message>
      <source>&lt;b&gt;Routes&lt;/b&gt;&lt;br/&gt;%1&lt;br/&gt;&lt;b&gt;Depends on&lt;/b&gt;&lt;br/&gt;%2&lt;br/&gt;&lt;b&gt;Used by&lt;/b&gt;&lt;br/&gt;%3</source>
      <translation>&lt;b&gt;Routen&lt;/b&gt;&lt;br/&gt;%1&lt;br/&gt;&lt;b&gt;Hängt ab von&lt;/b&gt;&lt;br/&gt;%2&lt;br/&gt;&lt;b&gt;Verwendet von&lt;/b&gt;&lt;br/&gt;%3</translation>
    </message>
    <message>
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <source>nothing</source>
      <translation>nichts</translation>
    </message>
  </context>
  <context>
    <name>lcl::widgets::ServiceTileDelegate</name>
    <message>
      <source>%1 · %2 · replicas ready</source>
      <translation>%1 · %2 · Replikate bereit</translation>
    </message>
    <message>
      <source>rate</source>
      <translation>Rate</translation>
    </message>
    <message>
      <source>errors</source>
      <translation>Fehler</translation>
    </message>
    <message>
      <source>p95</source>
      <translation>p95</translation>
    </message>
  </context>
  <context>
    <name>lcl::widgets::ServicesPage</name>
    <message>
      <source>Services</source>
      <translation>Services</translation>
    </message>
  </context>
  <context>
    <name>lcl::widgets::TopologyEdgeItem</name>
    <message>
      <source>%1%</source>
      <translation>%1 %</translation>
    </message>
  </context>
  <context>
    <name>lcl::widgets::TopologyLegend</name>
    <message>
      <source>Topology legend</source>
      <translation>Topologie-Legende</translation>
    </message>
    <message>
      <source>Route / gateway</source>
      <translation>Route / Gateway</translation>
    </message>
    <message>
      <source>Selector</source>
      <translation>Selektor</translation>
    </message>
    <message>
      <source>Dependency, no data</source>
      <translation>Abhängigkeit, keine Daten</translation>
    </message>
    <message>
      <source>Traffic: width = requests/s, colour = errors (&lt; 1 %, &lt; 5 %, ≥ 5 %)</source>
      <translation>Traffic: Breite = Requests/s, Farbe = Fehler (&lt; 1 %, &lt; 5 %, ≥ 5 %)</translation>
    </message>
  </context>
  <context>
    <name>lcl::widgets::TopologyNodeItem</name>
    <message>
      <source> in namespace %1</source>
      <translation> im Namespace %1</translation>
    </message>
    <message>
      <source>Health: %1</source>
      <translation>Zustand: %1</translation>
    </message>
    <message>
      <source>Pods: %1 of %2 ready</source>
      <translation>Pods: %1 von %2 bereit</translation>
    </message>
    <message>
      <source>Double-click or press Enter to open</source>
      <translation>Zum Öffnen doppelklicken oder Eingabetaste drücken</translation>
    </message>
  </context>
  <context>
    <name>lcl::widgets::TopologyPage</name>
    <message>
      <source>Only unhealthy</source>
      <translation>Nur fehlerhafte</translation>
    </message>
    <message>
      <source>Show pods</source>
      <translation>Pods anzeigen</translation>
    </message>
    <message>
      <source>Search nodes (Ctrl+F)</source>
      <translation>Knoten suchen (Strg+F)</translation>
    </message>
    <message>
      <source>Namespace filter</source>
      <translation>Namespace-Filter</translation>
    </message>
    <message>
      <source>Show only nodes with a warning or a problem, with their neighbours</source>
      <translation>Nur Knoten mit einer Warnung oder einem Problem sowie ihre Nachbarn anzeigen</translation>
    </message>
    <message>
      <source>Expand each workload's pods into groups by state</source>
      <translation>Pods jedes Workloads nach Zustand gruppiert aufklappen</translation>
    </message>
    <message>
      <source>Fit</source>
      <translation>Einpassen</translation>
    </message>
    <message>
      <source>Fit the graph to the window (F)</source>
      <translation>Graph an das Fenster anpassen (F)</translation>
    </message>
    <message>
      <source>Zoom in (Ctrl++)</source>
      <translation>Vergrößern (Strg++)</translation>
    </message>
    <message>
      <source>Zoom out (Ctrl+-)</source>
      <translation>Verkleinern (Strg+-)</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exportieren</translation>
    </message>
    <message>
      <source>As PNG image…</source>
      <translation>Als PNG-Bild…</translation>
    </message>
    <message>
      <source>As SVG drawing…</source>
      <translation>Als SVG-Zeichnung…</translation>
    </message>
    <message>
      <source>All namespaces</source>
      <translation>Alle Namespaces</translation>
    </message>
    <message>
      <source>%1 of %2 pods ready</source>
      <translation>%1 von %2 Pods bereit</translation>
    </message>
    <message>
      <source>Nodes: %1</source>
      <translation>Knoten: %1</translation>
    </message>
    <message>
      <source>Edges: %1</source>
      <translation>Kanten: %1</translation>
    </message>
    <message>
      <source>Search matches: %1</source>
      <translation>Suchtreffer: %1</translation>
    </message>
    <message>
      <source>PNG image (*.png)</source>
      <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
      <source>SVG drawing (*.svg)</source>
      <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
      <source>Export topology</source>
      <translation>Topologie exportieren</translation>
    </message>
  </context>
  <context>
    <name>lcl::widgets::TopologyView</name>
    <message>
      <source>Topology graph</source>
      <translation>Topologie-Graph</translation>
    </message>
    <message>
      <source>Laying out the graph…</source>
      <translation>Graph wird angeordnet…</translation>
    </message>
    <message>
      <source>No topology yet: connect to a cluster or start the demo lab.</source>
      <translation>Noch keine Topologie: Verbinden Sie sich mit einem Cluster oder starten Sie das Demo-Lab.</translation>
    </message>
    <message>
      <source>No node matches the filters.</source>
      <translation>Kein Knoten entspricht den Filtern.</translation>
    </message>
    <message>
      <source>There is no graph to export.</source>
      <translation>Es gibt keinen Graphen zum Exportieren.</translation>
    </message>
    <message>
      <source>Could not write %1.</source>
      <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
      <source>LocalCloudLab topology</source>
      <translation>LocalCloudLab-Topologie</translation>
    </message>
    <message>
      <source>Exported from LocalCloudLab Console</source>
      <translation>Exportiert aus LocalCloudLab Console</translation>
    </message>
  </context>
  <context>
    <name>lcl::widgets::ViewInfo</name>
    <message>
      <source>Overview</source>
      <translation>Übersicht</translation>
    </message>
    <message>
      <source>A tile for every service with its health, replicas, request rate, errors and latency, a summary of the cluster and the most recent warnings.</source>
      <translation>Eine Kachel für jeden Service mit Zustand, Replikaten, Request-Rate, Fehlern und Latenz, eine Zusammenfassung des Clusters und die neuesten Warnungen.</translation>
    </message>
    <message>
      <source>Topology</source>
      <translation>Topologie</translation>
    </message>
    <message>
      <source>The platform as a graph: gateway, routes, services, workloads and backing services, with live traffic flows between them.</source>
      <translation>Die Plattform als Graph: Gateway, Routes, Services, Workloads und Backing-Services mit Live-Traffic-Flüssen dazwischen.</translation>
    </message>
    <message>
      <source>Services</source>
      <translation>Services</translation>
    </message>
    <message>
      <source>Every service with its pods, charts of rate, errors and latency, autoscaling state, events and logs.</source>
      <translation>Jeder Service mit seinen Pods, Diagrammen zu Rate, Fehlern und Latenz, Autoscaling-Status, Events und Logs.</translation>
    </message>
    <message>
      <source>Incidents</source>
      <translation>Incidents</translation>
    </message>
    <message>
      <source>Firing alerts grouped into incidents, with a timeline and the runbook for each.</source>
      <translation>Aktive Alerts, gruppiert zu Incidents, jeweils mit Zeitleiste und Runbook.</translation>
    </message>
    <message>
      <source>Runbooks</source>
      <translation>Runbooks</translation>
    </message>
    <message>
      <source>Step-by-step guides for the platform's known failures, with checks the console runs for you.</source>
      <translation>Schritt-für-Schritt-Anleitungen für bekannte Fehler der Plattform, mit Prüfungen, die die Konsole für Sie ausführt.</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Backups</translation>
    </message>
    <message>
      <source>Backup plans for PostgreSQL, Redis and RabbitMQ, their last runs, and a guided way to run one now.</source>
      <translation>Backup-Pläne für PostgreSQL, Redis und RabbitMQ, ihre letzten Ausführungen und eine geführte Möglichkeit, jetzt eines auszuführen.</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>Events</translation>
    </message>
    <message>
      <source>All Kubernetes events, warnings first, with filters and grouping.</source>
      <translation>Alle Kubernetes-Events, Warnungen zuerst, mit Filtern und Gruppierung.</translation>
    </message>
    <message>
      <source>Audit</source>
      <translation>Audit</translation>
    </message>
    <message>
      <source>Every change this console made to the cluster: who, what, when, and the result.</source>
      <translation>Jede Änderung, die diese Konsole am Cluster vorgenommen hat: wer, was, wann und mit welchem Ergebnis.</translation>
    </message>
  </context>
  <context>
    <name>lcl::widgets::YamlView</name>
    <message>
      <source>Search (Enter: next, Shift+Enter: previous)</source>
      <translation>Suchen (Eingabe: nächster, Umschalt+Eingabe: vorheriger)</translation>
    </message>
    <message>
      <source>Search in YAML</source>
      <translation>In YAML suchen</translation>
    </message>
    <message>
      <source>Copy as kubectl</source>
      <translation>Als kubectl-Befehl kopieren</translation>
    </message>
    <message>
      <source>Object YAML (read-only)</source>
      <translation>Objekt-YAML (schreibgeschützt)</translation>
    </message>
    <message>
      <source>%1 %2 — loading…</source>
      <translation>%1 %2 — wird geladen…</translation>
    </message>
    <message>
      <source>YAML: %1/%2</source>
      <translation>YAML: %1/%2</translation>
    </message>
    <message>
      <source>No cluster is connected.</source>
      <translation>Es ist kein Cluster verbunden.</translation>
    </message>
    <message>
      <source>%1 %2 (read-only)</source>
      <translation>%1 %2 (schreibgeschützt)</translation>
    </message>
    <message>
      <source>%1 %2 could not be loaded</source>
      <translation>%1 %2 konnte nicht geladen werden</translation>
    </message>
    <message numerus="yes">
      <source>%n match(es)</source>
      <translation>
        <numerusform>%n Treffer</numerusform>
        <numerusform>%n Treffer</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>main</name>
    <message>
      <source>Run lclab-console --help for the options.</source>
      <translation>Führen Sie lclab-console --help aus, um die Optionen anzuzeigen.</translation>
    </message>
  </context>
</TS>
