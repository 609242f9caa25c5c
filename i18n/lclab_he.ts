<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL">
  <context>
    <name>lcl::ConnectionState</name>
    <message>
      <source>not configured</source>
      <translation>לא מוגדר</translation>
    </message>
    <message>
      <source>connecting</source>
      <translation>מתחבר</translation>
    </message>
    <message>
      <source>connected</source>
      <translation>מחובר</translation>
    </message>
    <message>
      <source>degraded</source>
      <translation>פגוע</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>נכשל</translation>
    </message>
  </context>
  <context>
    <name>lcl::Error</name>
    <message>
      <source>Configuration error</source>
      <translation>שגיאת תצורה</translation>
    </message>
    <message>
      <source>Network error</source>
      <translation>שגיאת רשת</translation>
    </message>
    <message>
      <source>TLS error</source>
      <translation>שגיאת TLS</translation>
    </message>
    <message>
      <source>Not authenticated</source>
      <translation>לא מאומת</translation>
    </message>
    <message>
      <source>Forbidden</source>
      <translation>אין הרשאה</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>לא נמצא</translation>
    </message>
    <message>
      <source>Conflict</source>
      <translation>התנגשות</translation>
    </message>
    <message>
      <source>Invalid request</source>
      <translation>בקשה לא תקינה</translation>
    </message>
    <message>
      <source>Rate limited</source>
      <translation>חריגה ממגבלת קצב</translation>
    </message>
    <message>
      <source>Server error</source>
      <translation>שגיאת שרת</translation>
    </message>
    <message>
      <source>Timed out</source>
      <translation>תם הזמן הקצוב</translation>
    </message>
    <message>
      <source>Unreadable answer</source>
      <translation>תשובה לא קריאה</translation>
    </message>
    <message>
      <source>Unavailable</source>
      <translation>לא זמין</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>בוטל</translation>
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
      <translation>&lt;p&gt;עדיין לא מחובר אף אשכול.&lt;/p&gt;&lt;p&gt;נסו את מעבדת ההדגמה המובנית: &lt;code&gt;lclab-console --demo&lt;/code&gt;&lt;br/&gt;או התחברו לאשכול ה-k3s שלכם: &lt;code&gt;lclab-console --kubeconfig /etc/rancher/k3s/k3s.yaml&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Connecting to %1: %2…&lt;/p&gt;</source>
      <translation>&lt;p&gt;מתחבר אל %1: %2…&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Connected to &lt;b&gt;%1&lt;/b&gt; (%2). Pods: %3, namespaces: %4.&lt;/p&gt;&lt;p&gt;This view is not part of this version of the console yet; the command-line report (&lt;code&gt;lclab-console --report&lt;/code&gt;) already shows the cluster's health.&lt;/p&gt;</source>
      <translation>&lt;p&gt;מחובר אל &lt;b&gt;%1&lt;/b&gt; (%2). Pods: %3, מרחבי שמות: %4.&lt;/p&gt;&lt;p&gt;תצוגה זו עדיין אינה חלק מגרסה זו של הקונסולה; הדוח בשורת הפקודה (&lt;code&gt;lclab-console --report&lt;/code&gt;) כבר מציג את תקינות האשכול.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Could not connect.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;לא ניתן להתחבר.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
      <source>starting the demo lab</source>
      <translation>מפעיל את מעבדת ההדגמה</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;The demo lab did not start.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;מעבדת ההדגמה לא הופעלה.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;The kubeconfig could not be read.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;לא ניתן לקרוא את ה-kubeconfig.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Open kubeconfig</source>
      <translation>פתיחת kubeconfig</translation>
    </message>
    <message>
      <source>Could not write the screenshot to %1: check that the folder is writable.
</source>
      <translation>לא ניתן לכתוב את צילום המסך אל %1: ודאו שיש הרשאת כתיבה לתיקייה.
</translation>
    </message>
    <message>
      <source>Screenshot written to %1
</source>
      <translation>צילום המסך נכתב אל %1
</translation>
    </message>
    <message>
      <source>The cluster's objects did not load within %1 s.</source>
      <translation>אובייקטי האשכול לא נטענו תוך %1 s.</translation>
    </message>
    <message>
      <source>The lab profile could not be used, so the console shows only what the cluster has: %1</source>
      <translation>לא ניתן היה להשתמש בפרופיל המעבדה, ולכן המסוף מציג רק את מה שיש באשכול: %1</translation>
    </message>
    <message>
      <source>no URL given; the console looks for Prometheus in the cluster once connected (or use --prometheus-url)</source>
      <translation>לא צוינה כתובת URL; לאחר החיבור הקונסולה תחפש את Prometheus באשכול (או השתמשו ב-⁨--prometheus-url⁩)</translation>
    </message>
    <message>
      <source>no URL given (use --alertmanager-url)</source>
      <translation>לא צוינה כתובת URL (השתמשו ב-⁨--alertmanager-url⁩)</translation>
    </message>
    <message>
      <source>The lab profile could not be used: %1
</source>
      <translation>לא ניתן היה להשתמש בפרופיל המעבדה: %1
</translation>
    </message>
  </context>
  <context>
    <name>lcl::console::CommandLine</name>
    <message>
      <source>LocalCloudLab Console: topology, health, traffic, alerts and runbooks of a LocalCloudLab k3s platform in one native window.</source>
      <translation>LocalCloudLab Console: טופולוגיה, תקינות, תעבורה, התראות ו-runbooks של פלטפורמת LocalCloudLab מבוססת k3s בחלון מקורי אחד.</translation>
    </message>
    <message>
      <source>Kubeconfig file to use instead of $KUBECONFIG or ~/.kube/config.</source>
      <translation>קובץ kubeconfig לשימוש במקום $KUBECONFIG או ~/.kube/config.</translation>
    </message>
    <message>
      <source>file</source>
      <translation>קובץ</translation>
    </message>
    <message>
      <source>Kubeconfig context to connect to.</source>
      <translation>הקשר ה-kubeconfig שאליו יש להתחבר.</translation>
    </message>
    <message>
      <source>name</source>
      <translation>שם</translation>
    </message>
    <message>
      <source>Show only this namespace at start.</source>
      <translation>הצגת מרחב שמות זה בלבד בעת ההפעלה.</translation>
    </message>
    <message>
      <source>Prometheus base URL, e.g. http://127.0.0.1:9090.</source>
      <translation>כתובת הבסיס של Prometheus, לדוגמה http://127.0.0.1:9090.</translation>
    </message>
    <message>
      <source>url</source>
      <translation>url</translation>
    </message>
    <message>
      <source>Alertmanager base URL, e.g. http://127.0.0.1:9093.</source>
      <translation>כתובת הבסיס של Alertmanager, לדוגמה http://127.0.0.1:9093.</translation>
    </message>
    <message>
      <source>Lab profile describing the platform (default: the built-in LocalCloudLab profile).</source>
      <translation>פרופיל מעבדה המתאר את הפלטפורמה (ברירת מחדל: פרופיל LocalCloudLab המובנה).</translation>
    </message>
    <message>
      <source>Start the built-in demo lab (simulated cluster, Prometheus and Alertmanager) and connect to it.</source>
      <translation>הפעלת מעבדת ההדגמה המובנית (אשכול מדומה, Prometheus ו-Alertmanager) והתחברות אליה.</translation>
    </message>
    <message>
      <source>Render the window off screen to a PNG file and exit.</source>
      <translation>עיבוד החלון מחוץ למסך לקובץ PNG ויציאה.</translation>
    </message>
    <message>
      <source>View to open: overview, topology, services, incidents, runbooks, backups, events, audit or service:&lt;name&gt;.</source>
      <translation>התצוגה שתיפתח: overview, topology, services, incidents, runbooks, backups, events, audit או service:&lt;name&gt;.</translation>
    </message>
    <message>
      <source>Window size for --screenshot, e.g. 1920x1080.</source>
      <translation>גודל החלון עבור --screenshot, לדוגמה 1920x1080.</translation>
    </message>
    <message>
      <source>WxH</source>
      <translation>WxH</translation>
    </message>
    <message>
      <source>Connect, print a health report and exit: 0 healthy, 1 degraded, 2 error. Format: text (default) or json.</source>
      <translation>התחברות, הדפסת דוח תקינות ויציאה: 0 תקין, 1 פגוע, 2 שגיאה. פורמט: text (ברירת מחדל) או json.</translation>
    </message>
    <message>
      <source>format</source>
      <translation>פורמט</translation>
    </message>
    <message>
      <source>Log level: trace, debug, info, warn, error or off.</source>
      <translation>רמת רישום ביומן: trace, debug, info, warn, error או off.</translation>
    </message>
    <message>
      <source>level</source>
      <translation>רמה</translation>
    </message>
    <message>
      <source>Unexpected argument: %1</source>
      <translation>ארגומנט לא צפוי: %1</translation>
    </message>
    <message>
      <source>Unknown log level "%1": use trace, debug, info, warn, error or off.</source>
      <translation>רמת רישום לא ידועה "%1": השתמשו ב-trace, debug, info, warn, error או off.</translation>
    </message>
    <message>
      <source>--prometheus-url "%1" is not an http:// or https:// URL.</source>
      <translation>--prometheus-url "%1" אינה כתובת http:// או https://.</translation>
    </message>
    <message>
      <source>--alertmanager-url "%1" is not an http:// or https:// URL.</source>
      <translation>--alertmanager-url "%1" אינה כתובת http:// או https://.</translation>
    </message>
    <message>
      <source>--size "%1" is not of the form WIDTHxHEIGHT, e.g. 1280x800.</source>
      <translation>--size "%1" אינו בתבנית WIDTHxHEIGHT, לדוגמה 1280x800.</translation>
    </message>
    <message>
      <source>Unknown view "%1": use overview, topology, services, incidents, runbooks, backups, events, audit or service:&lt;name&gt;.</source>
      <translation>תצוגה לא ידועה "%1": השתמשו ב-overview, topology, services, incidents, runbooks, backups, events, audit או service:&lt;name&gt;.</translation>
    </message>
    <message>
      <source>--screenshot and --report cannot be used together.</source>
      <translation>--screenshot אינו ניתן לשילוב עם --report.</translation>
    </message>
    <message>
      <source>--screenshot needs a file name.</source>
      <translation>--screenshot דורש שם קובץ.</translation>
    </message>
    <message>
      <source>Unknown report format "%1": use text or json.</source>
      <translation>פורמט דוח לא ידוע "%1": השתמשו ב-text או json.</translation>
    </message>
  </context>
  <context>
    <name>lcl::itemmodels::AlertModel</name>
    <message>
      <source>none</source>
      <translation>ללא</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>חומרה</translation>
    </message>
    <message>
      <source>Alert</source>
      <translation>התראה</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>שירות</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>סיכום</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>מאז</translation>
    </message>
    <message>
      <source>State</source>
      <translation>מצב</translation>
    </message>
    <message>
      <source>Silenced by</source>
      <translation>הושתקה על ידי</translation>
    </message>
  </context>
  <context>
    <name>lcl::itemmodels::EventModel</name>
    <message>
      <source>Namespace</source>
      <translation>מרחב שמות</translation>
    </message>
    <message>
      <source>Last seen</source>
      <translation>נראה לאחרונה</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>סוג</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>סיבה</translation>
    </message>
    <message>
      <source>Object</source>
      <translation>אובייקט</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>הודעה</translation>
    </message>
    <message>
      <source>Count</source>
      <translation>מספר</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>מקור</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>אזהרה</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>רגיל</translation>
    </message>
  </context>
  <context>
    <name>lcl::itemmodels::PodModel</name>
    <message>
      <source>Namespace</source>
      <translation>מרחב שמות</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>שם</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>מוכן</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>מצב</translation>
    </message>
    <message>
      <source>Restarts</source>
      <translation>הפעלות מחדש</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>גיל</translation>
    </message>
    <message>
      <source>Node</source>
      <translation>צומת</translation>
    </message>
    <message>
      <source>IP</source>
      <translation>IP</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>פועל</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>ממתין</translation>
    </message>
    <message>
      <source>Succeeded</source>
      <translation>הצליח</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>נכשל</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>לא ידוע</translation>
    </message>
    <message>
      <source>Terminating</source>
      <translation>מסתיים</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>הושלם</translation>
    </message>
    <message>
      <source>%1 (%2 ago)</source>
      <translation>%1 (לפני %2)</translation>
    </message>
  </context>
  <context>
    <name>lcl::itemmodels::PrometheusRangeSource</name>
    <message>
      <source>there is no lab profile to take range queries from</source>
      <translation>אין פרופיל מעבדה שממנו אפשר לקחת שאילתות טווח</translation>
    </message>
    <message>
      <source>Open the console with a lab profile (--profile) to chart whole ranges from Prometheus.</source>
      <translation>פתחו את המסוף עם פרופיל מעבדה (⁨--profile⁩) כדי להציג טווחים שלמים מ־Prometheus.</translation>
    </message>
    <message>
      <source>the lab profile has no rate, error or latency queries for this service</source>
      <translation>בפרופיל המעבדה אין לשירות הזה שאילתות קצב, שגיאות או השהיה</translation>
    </message>
    <message>
      <source>Add requestRate, errorRatio or latency under the service's signals in the lab profile.</source>
      <translation>הוסיפו ⁨requestRate⁩, ⁨errorRatio⁩ או ⁨latency⁩ תחת האותות של השירות בפרופיל המעבדה.</translation>
    </message>
    <message>
      <source>Prometheus is not connected</source>
      <translation>Prometheus אינו מחובר</translation>
    </message>
    <message>
      <source>Connect Prometheus (--prometheus-url, or let the console find it in the cluster) to chart the whole range.</source>
      <translation>חברו את Prometheus (⁨--prometheus-url⁩, או תנו למסוף למצוא אותו באשכול) כדי להציג את הטווח כולו.</translation>
    </message>
  </context>
  <context>
    <name>lcl::itemmodels::ServiceEntry</name>
    <message>
      <source>Gateway</source>
      <translation>שער</translation>
    </message>
    <message>
      <source>API</source>
      <translation>API</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>מסד נתונים</translation>
    </message>
    <message>
      <source>Cache</source>
      <translation>מטמון</translation>
    </message>
    <message>
      <source>Queue</source>
      <translation>תור</translation>
    </message>
    <message>
      <source>Platform</source>
      <translation>פלטפורמה</translation>
    </message>
    <message>
      <source>Observability</source>
      <translation>ניטור</translation>
    </message>
    <message>
      <source> (%1 % of requests)</source>
      <translation> (%1% מהבקשות)</translation>
    </message>
    <message>
      <source>Workload</source>
      <translation>עומס עבודה</translation>
    </message>
  </context>
  <context>
    <name>lcl::itemmodels::ServiceModel</name>
    <message>
      <source>Namespace</source>
      <translation>מרחב שמות</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>שם</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>סוג</translation>
    </message>
    <message>
      <source>Cluster IP</source>
      <translation>Cluster IP</translation>
    </message>
    <message>
      <source>External IP</source>
      <translation>IP חיצוני</translation>
    </message>
    <message>
      <source>Ports</source>
      <translation>יציאות</translation>
    </message>
    <message>
      <source>Pods</source>
      <translation>Pods</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>גיל</translation>
    </message>
    <message>
      <source>Selector</source>
      <translation>בורר</translation>
    </message>
    <message>
      <source>No pods match the selector</source>
      <translation>אין Pods התואמים לבורר</translation>
    </message>
  </context>
  <context>
    <name>lcl::itemmodels::ServiceOverviewModel</name>
    <message>
      <source>no data</source>
      <translation>אין נתונים</translation>
    </message>
    <message>
      <source>no traffic</source>
      <translation>אין תעבורה</translation>
    </message>
    <message>
      <source>%1 req/s</source>
      <translation>%1 בקשות/s</translation>
    </message>
    <message>
      <source>%1 %</source>
      <translation>%1%</translation>
    </message>
    <message>
      <source>beyond the last bucket</source>
      <translation>מעבר ל-bucket האחרון</translation>
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
      <translation>%1 (%2, מרחב השמות %3): %4</translation>
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
      <translation>תקין</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>אזהרה</translation>
    </message>
    <message>
      <source>Critical</source>
      <translation>קריטי</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>לא ידוע</translation>
    </message>
    <message>
      <source>not found in the cluster</source>
      <translation>לא נמצא באשכול</translation>
    </message>
    <message>
      <source>scaled to zero</source>
      <translation>הוקטן לאפס</translation>
    </message>
    <message>
      <source>no replica ready</source>
      <translation>אין רפליקה מוכנה</translation>
    </message>
    <message>
      <source>%1 of %2 replicas ready</source>
      <translation>%1 מתוך %2 רפליקות מוכנות</translation>
    </message>
    <message numerus="yes">
      <source>%n pod(s) in %1</source>
      <translation>
        <numerusform>%n Pod במצב %1</numerusform>
        <numerusform>%n Pods במצב %1</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 % errors (limit %2 %)</source>
      <translation>%1% שגיאות (מגבלה %2%)</translation>
    </message>
    <message>
      <source>p95 %1 ms (limit %2 ms)</source>
      <translation>p95 %1 ms (מגבלה %2 ms)</translation>
    </message>
    <message>
      <source>healthy</source>
      <translation>תקין</translation>
    </message>
  </context>
  <context>
    <name>lcl::itemmodels::WorkloadModel</name>
    <message>
      <source>Namespace</source>
      <translation>מרחב שמות</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>שם</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>סוג</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>מוכן</translation>
    </message>
    <message>
      <source>Up to date</source>
      <translation>עדכני</translation>
    </message>
    <message>
      <source>Available</source>
      <translation>זמין</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>מצב</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>גיל</translation>
    </message>
    <message>
      <source>Images</source>
      <translation>תמונות</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>מושהה</translation>
    </message>
    <message>
      <source>Stuck</source>
      <translation>תקוע</translation>
    </message>
    <message>
      <source>Scaled to zero</source>
      <translation>הוקטן לאפס</translation>
    </message>
    <message>
      <source>Degraded</source>
      <translation>פגוע</translation>
    </message>
    <message>
      <source>Progressing</source>
      <translation>בתהליך</translation>
    </message>
  </context>
  <context>
    <name>lcl::kube::ClusterConnection</name>
    <message>
      <source>Could not build a request for %1 on %2</source>
      <translation>לא ניתן לבנות בקשה עבור %1 ב-%2</translation>
    </message>
  </context>
  <context>
    <name>lcl::kube::Decoder</name>
    <message>
      <source>The server's list of %1 could not be read.</source>
      <translation>לא ניתן לקרוא את רשימת ה-%1 של השרת.</translation>
    </message>
    <message>
      <source>The answer was cut off or is not JSON.</source>
      <translation>התשובה נקטעה או שאינה JSON.</translation>
    </message>
    <message>
      <source>A change notification for %1 could not be read.</source>
      <translation>לא ניתן לקרוא הודעת שינוי עבור %1.</translation>
    </message>
    <message>
      <source>The %1 object could not be read.</source>
      <translation>לא ניתן לקרוא את האובייקט %1.</translation>
    </message>
    <message>
      <source>The server's error answer could not be read.</source>
      <translation>לא ניתן לקרוא את תשובת השגיאה של השרת.</translation>
    </message>
  </context>
  <context>
    <name>lcl::kube::ExecPluginCredential</name>
    <message>
      <source>The credential plugin %1 was not found</source>
      <translation>תוסף ההזדהות %1 לא נמצא</translation>
    </message>
    <message>
      <source>Install it, or fix users[].user.exec.command in the kubeconfig.</source>
      <translation>התקינו אותו, או תקנו את users[].user.exec.command ב-kubeconfig.</translation>
    </message>
    <message>
      <source>The credential plugin %1 needs a terminal (interactiveMode: Always)</source>
      <translation>תוסף ההזדהות %1 דורש מסוף (interactiveMode: Always)</translation>
    </message>
    <message>
      <source>The console cannot answer prompts. Log in once in a terminal so the plugin caches a credential, or set interactiveMode to IfAvailable or Never.</source>
      <translation>הקונסולה אינה יכולה להשיב להנחיות. התחברו פעם אחת במסוף כדי שהתוסף ישמור את פרטי ההזדהות במטמון, או הגדירו את interactiveMode ל-IfAvailable או ל-Never.</translation>
    </message>
    <message>
      <source>The credential plugin %1 could not be started</source>
      <translation>לא ניתן להפעיל את תוסף ההזדהות %1</translation>
    </message>
    <message>
      <source>Check that %1 is an executable program.</source>
      <translation>ודאו ש-%1 היא תוכנה בת הפעלה.</translation>
    </message>
    <message>
      <source>The credential plugin %1 did not finish within %2 s</source>
      <translation>תוסף ההזדהות %1 לא הסתיים תוך %2 s</translation>
    </message>
    <message>
      <source>The plugin may be waiting for input the console cannot give, or for a slow login service. Run it in a terminal to see what it is waiting for.</source>
      <translation>ייתכן שהתוסף ממתין לקלט שהקונסולה אינה יכולה לספק, או לשירות התחברות איטי. הריצו אותו במסוף כדי לראות למה הוא ממתין.</translation>
    </message>
    <message>
      <source>Run the plugin in a terminal to see why it fails.</source>
      <translation>הריצו את התוסף במסוף כדי לראות מדוע הוא נכשל.</translation>
    </message>
    <message>
      <source>The plugin said: %1</source>
      <translation>התוסף הודיע: %1</translation>
    </message>
    <message>
      <source>The credential plugin %1 failed (exit code %2)</source>
      <translation>תוסף ההזדהות %1 נכשל (קוד יציאה %2)</translation>
    </message>
  </context>
  <context>
    <name>lcl::kube::ExecPluginOutput</name>
    <message>
      <source>Run the plugin in a terminal to see what it prints; it must print one ExecCredential JSON object on stdout.</source>
      <translation>הריצו את התוסף במסוף כדי לראות מה הוא מדפיס; עליו להדפיס אובייקט JSON אחד מסוג ExecCredential ל-stdout.</translation>
    </message>
    <message>
      <source>The credential plugin %1 printed an unusable answer: %2</source>
      <translation>תוסף ההזדהות %1 הדפיס תשובה שאינה שמישה: %2</translation>
    </message>
    <message>
      <source>not JSON (%1 at offset %2)</source>
      <translation>אינה JSON (%1 בהיסט %2)</translation>
    </message>
    <message>
      <source>not a JSON object</source>
      <translation>אינה אובייקט JSON</translation>
    </message>
    <message>
      <source>kind is "%1", expected ExecCredential</source>
      <translation>kind הוא "%1", אך הצפי הוא ExecCredential</translation>
    </message>
    <message>
      <source>apiVersion is "%1" but the kubeconfig asks for "%2"</source>
      <translation>apiVersion הוא "%1" אך ה-kubeconfig מבקש "%2"</translation>
    </message>
    <message>
      <source>it has no status</source>
      <translation>אין בה status</translation>
    </message>
    <message>
      <source>clientCertificateData and clientKeyData must come together</source>
      <translation>יש לציין את clientCertificateData ואת clientKeyData יחד</translation>
    </message>
    <message>
      <source>status has neither a token nor a client certificate</source>
      <translation>ב-status אין לא אסימון ולא תעודת לקוח</translation>
    </message>
    <message>
      <source>expirationTimestamp "%1" is not an RFC 3339 time</source>
      <translation>expirationTimestamp "%1" אינו זמן בפורמט RFC 3339</translation>
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
      <translation>בכל מרחבי השמות</translation>
    </message>
    <message>
      <source>in namespace %1</source>
      <translation>במרחב השמות %1</translation>
    </message>
    <message>
      <source>The cluster did not accept your credentials.</source>
      <translation>האשכול לא קיבל את פרטי ההזדהות שלכם.</translation>
    </message>
    <message>
      <source>Log in again or refresh the token in your kubeconfig.</source>
      <translation>התחברו מחדש או רעננו את האסימון ב-kubeconfig.</translation>
    </message>
    <message>
      <source>Your account may not list %1 %2.</source>
      <translation>לחשבון שלכם אין הרשאה להציג רשימה של %1 %2.</translation>
    </message>
    <message>
      <source>This view stays empty. Ask for a role that allows list and watch, or switch context.</source>
      <translation>תצוגה זו תישאר ריקה. בקשו תפקיד המתיר list ו-watch, או החליפו הקשר.</translation>
    </message>
    <message>
      <source>This cluster does not serve %1.</source>
      <translation>אשכול זה אינו מספק %1.</translation>
    </message>
    <message>
      <source>The API may not be installed (for example the Gateway API CRDs).</source>
      <translation>ייתכן שה-API אינו מותקן (לדוגמה ה-CRDs של Gateway API).</translation>
    </message>
    <message>
      <source>Reading %1 failed: %2</source>
      <translation>קריאת %1 נכשלה: %2</translation>
    </message>
    <message>
      <source>The console keeps retrying.</source>
      <translation>הקונסולה ממשיכה לנסות שוב.</translation>
    </message>
    <message>
      <source>watch</source>
      <translation>watch</translation>
    </message>
    <message>
      <source>The watch ended at once.</source>
      <translation>ה-watch הסתיים מיד.</translation>
    </message>
  </context>
  <context>
    <name>lcl::kube::KubeApi</name>
    <message>
      <source>The server's /version answer is not a Kubernetes version</source>
      <translation>תשובת ה-/version של השרת אינה גרסת Kubernetes</translation>
    </message>
    <message>
      <source>Check that the server address points at a Kubernetes API server.</source>
      <translation>ודאו שכתובת השרת מצביעה על שרת API של Kubernetes.</translation>
    </message>
    <message>
      <source>The access review answer has no status.allowed</source>
      <translation>בתשובת בדיקת הגישה אין status.allowed</translation>
    </message>
    <message>
      <source>Cannot create a job from this cron job: %1</source>
      <translation>לא ניתן ליצור Job מה-CronJob הזה: %1</translation>
    </message>
    <message>
      <source>it is not a CronJob object</source>
      <translation>זה אינו אובייקט CronJob</translation>
    </message>
    <message>
      <source>spec.jobTemplate.spec is missing</source>
      <translation>spec.jobTemplate.spec חסר</translation>
    </message>
  </context>
  <context>
    <name>lcl::kube::Kubeconfig</name>
    <message>
      <source>The kubeconfig %1 does not exist</source>
      <translation>ה-kubeconfig %1 אינו קיים</translation>
    </message>
    <message>
      <source>Check the path given with --kubeconfig.</source>
      <translation>בדקו את הנתיב שצוין עם --kubeconfig.</translation>
    </message>
    <message>
      <source>Skipped the kubeconfig %1: it does not exist</source>
      <translation>ה-kubeconfig %1 דולג: הוא אינו קיים</translation>
    </message>
    <message>
      <source>No kubeconfig was given</source>
      <translation>לא צוין kubeconfig</translation>
    </message>
    <message>
      <source>No kubeconfig found (looked for %1)</source>
      <translation>לא נמצא kubeconfig (נבדקו: %1)</translation>
    </message>
    <message>
      <source>Copy your cluster's kubeconfig to ~/.kube/config (k3s writes /etc/rancher/k3s/k3s.yaml), set KUBECONFIG, or start the console with --kubeconfig FILE.</source>
      <translation>העתיקו את ה-kubeconfig של האשכול אל ~/.kube/config (k3s כותב את /etc/rancher/k3s/k3s.yaml), הגדירו את KUBECONFIG, או הפעילו את הקונסולה עם --kubeconfig FILE.</translation>
    </message>
    <message>
      <source>%1 sets no current-context</source>
      <translation>%1 אינו מגדיר current-context</translation>
    </message>
    <message>
      <source>Choose a context (%1), or set one with kubectl config use-context NAME.</source>
      <translation>בחרו הקשר (%1), או הגדירו אחד באמצעות kubectl config use-context NAME.</translation>
    </message>
    <message>
      <source>%1: current-context "%2" names no context</source>
      <translation>%1: current-context "%2" אינו מציין הקשר קיים</translation>
    </message>
    <message>
      <source>The file defines no contexts at all.</source>
      <translation>הקובץ אינו מגדיר הקשרים כלל.</translation>
    </message>
    <message>
      <source>Defined contexts: %1.</source>
      <translation>הקשרים מוגדרים: %1.</translation>
    </message>
    <message>
      <source>There is no context "%1" in %2</source>
      <translation>אין הקשר "%1" ב-%2</translation>
    </message>
  </context>
  <context>
    <name>lcl::kube::KubeconfigParser</name>
    <message>
      <source>Could not read the kubeconfig %1: %2</source>
      <translation>לא ניתן לקרוא את ה-kubeconfig %1: %2</translation>
    </message>
    <message>
      <source>Check that the file exists and that you may read it.</source>
      <translation>ודאו שהקובץ קיים ושיש לכם הרשאת קריאה אליו.</translation>
    </message>
    <message>
      <source>%1, line %2, column %3: not valid YAML: %4</source>
      <translation>%1, שורה %2, עמודה %3: YAML לא תקין: %4</translation>
    </message>
    <message>
      <source>Fix the YAML syntax (indentation with spaces, no tabs) or point KUBECONFIG at another file.</source>
      <translation>תקנו את תחביר ה-YAML (הזחה ברווחים, ללא טאבים) או הפנו את KUBECONFIG לקובץ אחר.</translation>
    </message>
    <message>
      <source>%1: unreadable kubeconfig: %2</source>
      <translation>%1: kubeconfig לא קריא: %2</translation>
    </message>
    <message>
      <source>%1, line %2</source>
      <translation>%1, שורה %2</translation>
    </message>
    <message>
      <source>Fix the kubeconfig, or choose another file with --kubeconfig.</source>
      <translation>תקנו את ה-kubeconfig, או בחרו קובץ אחר עם --kubeconfig.</translation>
    </message>
    <message>
      <source>this is not a kubeconfig: the top level must be a map with apiVersion, kind, clusters, users and contexts</source>
      <translation>זה אינו kubeconfig: הרמה העליונה חייבת להיות מפה עם apiVersion, kind, clusters, users ו-contexts</translation>
    </message>
    <message>
      <source>the file</source>
      <translation>הקובץ</translation>
    </message>
    <message>
      <source>apiVersion is "%1"; a kubeconfig has apiVersion v1</source>
      <translation>apiVersion הוא "%1"; ל-kubeconfig יש apiVersion v1</translation>
    </message>
    <message>
      <source>kind is "%1"; a kubeconfig has kind Config</source>
      <translation>kind הוא "%1"; ל-kubeconfig יש kind Config</translation>
    </message>
    <message>
      <source>%1 must be a list of entries, each with a name</source>
      <translation>%1 חייב להיות רשימת רשומות, לכל אחת שם</translation>
    </message>
    <message>
      <source>every entry of %1 must be a map with a name</source>
      <translation>כל רשומה ב-%1 חייבת להיות מפה עם name</translation>
    </message>
    <message>
      <source>an entry of %1</source>
      <translation>רשומה ב-%1</translation>
    </message>
    <message>
      <source>an entry of %1 has no name</source>
      <translation>לרשומה ב-%1 אין שם</translation>
    </message>
    <message>
      <source>%1 has two entries named "%2"</source>
      <translation>ב-%1 יש שתי רשומות בשם "%2"</translation>
    </message>
    <message>
      <source>Names must be unique within one file; rename or remove one of them.</source>
      <translation>השמות חייבים להיות ייחודיים בתוך קובץ אחד; שנו את שמה של אחת מהן או הסירו אותה.</translation>
    </message>
    <message>
      <source>cluster "%1"</source>
      <translation>אשכול "%1"</translation>
    </message>
    <message>
      <source>%1 has no cluster section (server, certificate-authority-data, ...)</source>
      <translation>ל-%1 אין מקטע cluster (server, certificate-authority-data, ...)</translation>
    </message>
    <message>
      <source>user "%1"</source>
      <translation>משתמש "%1"</translation>
    </message>
    <message>
      <source>%1: the user section must be a map (token, client-certificate-data, exec, ...)</source>
      <translation>%1: מקטע user חייב להיות מפה (token, client-certificate-data, exec, ...)</translation>
    </message>
    <message>
      <source>%1 exec</source>
      <translation>%1 exec</translation>
    </message>
    <message>
      <source>%1 must be a map with apiVersion and command</source>
      <translation>%1 חייב להיות מפה עם apiVersion ו-command</translation>
    </message>
    <message>
      <source>%1: args must be a list of strings</source>
      <translation>%1: args חייב להיות רשימת מחרוזות</translation>
    </message>
    <message>
      <source>%1: env must be a list of {name, value}</source>
      <translation>%1: env חייב להיות רשימה של {name, value}</translation>
    </message>
    <message>
      <source>%1: every env entry needs a name and a value</source>
      <translation>%1: כל רשומת env צריכה name ו-value</translation>
    </message>
    <message>
      <source>context "%1"</source>
      <translation>הקשר "%1"</translation>
    </message>
    <message>
      <source>%1 has no context section (cluster, user, namespace)</source>
      <translation>ל-%1 אין מקטע context (cluster, user, namespace)</translation>
    </message>
    <message>
      <source>%1: %2 must be a text value</source>
      <translation>%1: %2 חייב להיות ערך טקסט</translation>
    </message>
    <message>
      <source>%1: %2 must be true or false</source>
      <translation>%1: %2 חייב להיות true או false</translation>
    </message>
    <message>
      <source>%1: %2 is not valid base64</source>
      <translation>%1: %2 אינו base64 תקין</translation>
    </message>
    <message>
      <source>*-data fields hold the PEM file encoded with base64 (base64 -w0 file.pem).</source>
      <translation>שדות *-data מכילים את קובץ ה-PEM בקידוד base64 (base64 -w0 file.pem).</translation>
    </message>
  </context>
  <context>
    <name>lcl::kube::KubeconfigResolver</name>
    <message>
      <source>%1, line %2</source>
      <translation>%1, שורה %2</translation>
    </message>
    <message>
      <source>context "%1"</source>
      <translation>הקשר "%1"</translation>
    </message>
    <message>
      <source>%1 names no cluster</source>
      <translation>%1 אינו מציין אשכול</translation>
    </message>
    <message>
      <source>Add cluster: NAME to the context.</source>
      <translation>הוסיפו cluster: NAME להקשר.</translation>
    </message>
    <message>
      <source>%1 refers to cluster "%2", which is not defined</source>
      <translation>%1 מפנה לאשכול "%2", שאינו מוגדר</translation>
    </message>
    <message>
      <source>Defined clusters: %1. Fix the context or add the cluster.</source>
      <translation>אשכולות מוגדרים: %1. תקנו את ההקשר או הוסיפו את האשכול.</translation>
    </message>
    <message>
      <source>Context "%1" names no user: requests are anonymous</source>
      <translation>ההקשר "%1" אינו מציין משתמש: הבקשות אנונימיות</translation>
    </message>
    <message>
      <source>%1 refers to user "%2", which is not defined</source>
      <translation>%1 מפנה למשתמש "%2", שאינו מוגדר</translation>
    </message>
    <message>
      <source>Defined users: %1. Fix the context or add the user.</source>
      <translation>משתמשים מוגדרים: %1. תקנו את ההקשר או הוסיפו את המשתמש.</translation>
    </message>
    <message>
      <source>%1: cannot read %2 %3: %4</source>
      <translation>%1: לא ניתן לקרוא את %2 %3: %4</translation>
    </message>
    <message>
      <source>Check that the file exists and is readable; relative paths are taken from the kubeconfig's folder.</source>
      <translation>ודאו שהקובץ קיים וקריא; נתיבים יחסיים מחושבים מהתיקייה של ה-kubeconfig.</translation>
    </message>
    <message>
      <source>%1: %2 does not hold a PEM %3</source>
      <translation>%1: %2 אינו מכיל %3 בפורמט PEM</translation>
    </message>
    <message>
      <source>The data must be PEM text (-----BEGIN ...-----), base64-encoded once in *-data fields.</source>
      <translation>הנתונים חייבים להיות טקסט PEM (-----BEGIN ...-----), מקודד ב-base64 פעם אחת בשדות *-data.</translation>
    </message>
    <message>
      <source>cluster "%1"</source>
      <translation>אשכול "%1"</translation>
    </message>
    <message>
      <source>%1 has no server</source>
      <translation>ל-%1 אין server</translation>
    </message>
    <message>
      <source>Add server: https://HOST:6443 to the cluster.</source>
      <translation>הוסיפו server: https://HOST:6443 לאשכול.</translation>
    </message>
    <message>
      <source>%1: server "%2" is not a valid https URL</source>
      <translation>%1: השרת "%2" אינו כתובת https תקינה</translation>
    </message>
    <message>
      <source>Write it like https://127.0.0.1:6443.</source>
      <translation>כתבו אותה כך: https://127.0.0.1:6443.</translation>
    </message>
    <message>
      <source>Cluster "%1" is reached over plain http: nothing is encrypted</source>
      <translation>הגישה לאשכול "%1" היא דרך http רגיל: שום דבר אינו מוצפן</translation>
    </message>
    <message>
      <source>%1 sets both a certificate authority and insecure-skip-tls-verify</source>
      <translation>%1 מגדיר גם רשות תעודות וגם insecure-skip-tls-verify</translation>
    </message>
    <message>
      <source>Remove insecure-skip-tls-verify (recommended) or the certificate authority.</source>
      <translation>הסירו את insecure-skip-tls-verify (מומלץ) או את רשות התעודות.</translation>
    </message>
    <message>
      <source>TLS verification is off for cluster "%1" (insecure-skip-tls-verify): anyone on the network path could read or change what you see</source>
      <translation>אימות TLS כבוי עבור האשכול "%1" (insecure-skip-tls-verify): כל מי שנמצא בנתיב הרשת יכול לקרוא או לשנות את מה שאתם רואים</translation>
    </message>
    <message>
      <source>Cluster "%1" sets certificate-authority-data and certificate-authority; the data is used</source>
      <translation>האשכול "%1" מגדיר גם certificate-authority-data וגם certificate-authority; נעשה שימוש בנתונים</translation>
    </message>
    <message>
      <source>%1: proxy-url "%2" is not an http, https or socks5 URL</source>
      <translation>%1: proxy-url "%2" אינו כתובת http, https או socks5</translation>
    </message>
    <message>
      <source>Write it like socks5://localhost:1080.</source>
      <translation>כתבו אותה כך: socks5://localhost:1080.</translation>
    </message>
    <message>
      <source>user "%1"</source>
      <translation>משתמש "%1"</translation>
    </message>
    <message>
      <source>%1: exec has no command</source>
      <translation>%1: ל-exec אין command</translation>
    </message>
    <message>
      <source>Set exec.command to the credential plugin to run (e.g. kubelogin).</source>
      <translation>הגדירו את exec.command לתוסף ההזדהות שיש להריץ (לדוגמה kubelogin).</translation>
    </message>
    <message>
      <source>%1: exec has no apiVersion</source>
      <translation>%1: ל-exec אין apiVersion</translation>
    </message>
    <message>
      <source>%1: exec apiVersion "%2" is not supported</source>
      <translation>%1: ה-apiVersion "%2" של exec אינו נתמך</translation>
    </message>
    <message>
      <source>Use client.authentication.k8s.io/v1 (or v1beta1); v1alpha1 was removed in Kubernetes 1.24.</source>
      <translation>השתמשו ב-client.authentication.k8s.io/v1 (או v1beta1); v1alpha1 הוסר ב-Kubernetes 1.24.</translation>
    </message>
    <message>
      <source>%1: exec with apiVersion v1 needs interactiveMode</source>
      <translation>%1: exec עם apiVersion v1 דורש interactiveMode</translation>
    </message>
    <message>
      <source>Add interactiveMode: Never (or IfAvailable).</source>
      <translation>הוסיפו interactiveMode: Never (או IfAvailable).</translation>
    </message>
    <message>
      <source>%1: exec interactiveMode "%2" is not Never, IfAvailable or Always</source>
      <translation>%1: ה-interactiveMode "%2" של exec אינו Never, IfAvailable או Always</translation>
    </message>
    <message>
      <source>Use interactiveMode: Never.</source>
      <translation>השתמשו ב-interactiveMode: Never.</translation>
    </message>
    <message>
      <source>%1 sets both auth-provider and exec</source>
      <translation>%1 מגדיר גם auth-provider וגם exec</translation>
    </message>
    <message>
      <source>%1 uses the auth-provider "%2", which Kubernetes removed</source>
      <translation>%1 משתמש ב-auth-provider "%2", ש-Kubernetes הסירה</translation>
    </message>
    <message>
      <source>Use an exec credential plugin instead (e.g. kubelogin for OIDC, gke-gcloud-auth-plugin, kubelogin for Azure).</source>
      <translation>השתמשו במקום זאת בתוסף הזדהות מסוג exec (לדוגמה kubelogin עבור OIDC, gke-gcloud-auth-plugin, kubelogin עבור Azure).</translation>
    </message>
    <message>
      <source>%1: more than one authentication method (token and username/password)</source>
      <translation>%1: יותר משיטת אימות אחת (אסימון ושם משתמש/סיסמה)</translation>
    </message>
    <message>
      <source>Keep either the token or the username and password.</source>
      <translation>השאירו רק את האסימון או רק את שם המשתמש והסיסמה.</translation>
    </message>
    <message>
      <source>%1 has a client certificate but no client key</source>
      <translation>ל-%1 יש תעודת לקוח אך אין מפתח לקוח</translation>
    </message>
    <message>
      <source>%1 has a client key but no client certificate</source>
      <translation>ל-%1 יש מפתח לקוח אך אין תעודת לקוח</translation>
    </message>
    <message>
      <source>Add client-key(-data) and client-certificate(-data) together.</source>
      <translation>הוסיפו את client-key(-data) ואת client-certificate(-data) יחד.</translation>
    </message>
    <message>
      <source>%1: tokenFile %2 cannot be read</source>
      <translation>%1: לא ניתן לקרוא את tokenFile %2</translation>
    </message>
    <message>
      <source>Check the path; relative paths are taken from the kubeconfig's folder.</source>
      <translation>בדקו את הנתיב; נתיבים יחסיים מחושבים מהתיקייה של ה-kubeconfig.</translation>
    </message>
    <message>
      <source>User "%1" has no credentials: requests are anonymous</source>
      <translation>למשתמש "%1" אין פרטי הזדהות: הבקשות אנונימיות</translation>
    </message>
  </context>
  <context>
    <name>lcl::kube::ObjectYamlLoader</name>
    <message>
      <source>The console cannot show objects of kind "%1".</source>
      <translation>הקונסולה אינה יכולה להציג אובייקטים מסוג "%1".</translation>
    </message>
  </context>
  <context>
    <name>lcl::kube::StatusError</name>
    <message>
      <source>all namespaces</source>
      <translation>כל מרחבי השמות</translation>
    </message>
    <message>
      <source>namespace %1</source>
      <translation>מרחב השמות %1</translation>
    </message>
    <message>
      <source>The server responded with the status code %1 but did not return more information</source>
      <translation>השרת השיב בקוד המצב %1 אך לא החזיר מידע נוסף</translation>
    </message>
    <message>
      <source>Something in front of the API server (a proxy or gateway) refused the request.</source>
      <translation>רכיב כלשהו שלפני שרת ה-API (proxy או gateway) דחה את הבקשה.</translation>
    </message>
    <message>
      <source>Check that the server address points at a Kubernetes API server.</source>
      <translation>ודאו שכתובת השרת מצביעה על שרת API של Kubernetes.</translation>
    </message>
    <message>
      <source>Not found: %1 in %2</source>
      <translation>לא נמצא: %1 ב-%2</translation>
    </message>
    <message>
      <source>It may have been deleted, or the API is not installed on this cluster. Refresh the view.</source>
      <translation>ייתכן שהוא נמחק, או שה-API אינו מותקן באשכול זה. רעננו את התצוגה.</translation>
    </message>
    <message>
      <source>Forbidden: your account may not %1 %2 in %3</source>
      <translation>אין הרשאה: לחשבון שלכם אסור לבצע %1 על %2 ב-%3</translation>
    </message>
    <message>
      <source>Ask for the edit role, or switch context</source>
      <translation>בקשו את התפקיד edit, או החליפו הקשר</translation>
    </message>
    <message>
      <source>Ask for the view role, or switch context</source>
      <translation>בקשו את התפקיד view, או החליפו הקשר</translation>
    </message>
    <message>
      <source>The cluster did not accept your credentials</source>
      <translation>האשכול לא קיבל את פרטי ההזדהות שלכם</translation>
    </message>
    <message>
      <source>The token or certificate may have expired or been revoked. Log in again, or fix the user in the kubeconfig.</source>
      <translation>ייתכן שתוקף האסימון או התעודה פג או שהם בוטלו. התחברו מחדש, או תקנו את המשתמש ב-kubeconfig.</translation>
    </message>
    <message>
      <source>%1 already exists in %2</source>
      <translation>%1 כבר קיים ב-%2</translation>
    </message>
    <message>
      <source>Choose another name, or edit the existing object.</source>
      <translation>בחרו שם אחר, או ערכו את האובייקט הקיים.</translation>
    </message>
    <message>
      <source>Conflict: %1 fields are owned by another manager: %2</source>
      <translation>התנגשות: שדות של %1 נמצאים בבעלות מנהל אחר: %2</translation>
    </message>
    <message>
      <source>Apply with force to take them over, or change them with the tool that owns them.</source>
      <translation>החילו בכוח (force) כדי להשתלט עליהם, או שנו אותם בכלי שבבעלותו הם נמצאים.</translation>
    </message>
    <message>
      <source>Conflict: %1 was changed by someone else meanwhile</source>
      <translation>התנגשות: %1 שונה על ידי מישהו אחר בינתיים</translation>
    </message>
    <message>
      <source>Reload it and try again.</source>
      <translation>טענו אותו מחדש ונסו שוב.</translation>
    </message>
    <message>
      <source>The server rejected %1: %2</source>
      <translation>השרת דחה את %1: %2</translation>
    </message>
    <message>
      <source>Fix the values and try again.</source>
      <translation>תקנו את הערכים ונסו שוב.</translation>
    </message>
    <message>
      <source>The list of %1 the request relied on has expired</source>
      <translation>תוקפה של רשימת ה-%1 שעליה הסתמכה הבקשה פג</translation>
    </message>
    <message>
      <source>Reload; the view will fetch a fresh list.</source>
      <translation>טענו מחדש; התצוגה תביא רשימה עדכנית.</translation>
    </message>
    <message>
      <source>The API server is busy and asked to slow down</source>
      <translation>שרת ה-API עמוס וביקש להאט</translation>
    </message>
    <message numerus="yes">
      <source>Try again in %n second(s).</source>
      <translation>
        <numerusform>נסו שוב בעוד %n שנייה.</numerusform>
        <numerusform>נסו שוב בעוד %n שניות.</numerusform>
      </translation>
    </message>
    <message>
      <source>Try again in a moment.</source>
      <translation>נסו שוב בעוד רגע.</translation>
    </message>
    <message>
      <source>The API server is unavailable</source>
      <translation>שרת ה-API אינו זמין</translation>
    </message>
    <message>
      <source>The control plane may be restarting. Try again in a moment.</source>
      <translation>ייתכן ש-control plane מופעל מחדש. נסו שוב בעוד רגע.</translation>
    </message>
    <message>
      <source>The API server did not finish the request in time</source>
      <translation>שרת ה-API לא השלים את הבקשה בזמן</translation>
    </message>
    <message>
      <source>The server may be overloaded. Try again.</source>
      <translation>ייתכן שהשרת עמוס מדי. נסו שוב.</translation>
    </message>
    <message>
      <source>The server does not accept this kind of change for %1</source>
      <translation>השרת אינו מקבל סוג שינוי זה עבור %1</translation>
    </message>
    <message>
      <source>Custom resources take merge or JSON patches, not strategic merge patches.</source>
      <translation>משאבים מותאמים אישית מקבלים merge patch או JSON patch, לא strategic merge patch.</translation>
    </message>
    <message>
      <source>The server refused the request: %1</source>
      <translation>השרת סירב לבקשה: %1</translation>
    </message>
    <message>
      <source>This is likely a mistake in the console; please report it with the log.</source>
      <translation>ככל הנראה זו שגיאה בקונסולה; אנא דווחו עליה וצרפו את היומן.</translation>
    </message>
    <message>
      <source>The API server answered %1 %2</source>
      <translation>שרת ה-API השיב %1 %2</translation>
    </message>
    <message>
      <source>The API server failed: %1</source>
      <translation>שרת ה-API נכשל: %1</translation>
    </message>
    <message>
      <source>Try again; if it keeps failing, check the control plane's logs.</source>
      <translation>נסו שוב; אם הכשל נמשך, בדקו את היומנים של ה-control plane.</translation>
    </message>
    <message>
      <source>Check the request and try again.</source>
      <translation>בדקו את הבקשה ונסו שוב.</translation>
    </message>
  </context>
  <context>
    <name>lcl::kube::TokenFileCredential</name>
    <message>
      <source>Could not read the token file %1: %2</source>
      <translation>לא ניתן לקרוא את קובץ האסימון %1: %2</translation>
    </message>
    <message>
      <source>Check tokenFile in the kubeconfig; the file must exist and be readable.</source>
      <translation>בדקו את tokenFile ב-kubeconfig; הקובץ חייב להיות קיים וקריא.</translation>
    </message>
    <message>
      <source>The token file %1 is empty</source>
      <translation>קובץ האסימון %1 ריק</translation>
    </message>
    <message>
      <source>Write the bearer token into the file, or fix tokenFile in the kubeconfig.</source>
      <translation>כתבו את אסימון ה-bearer לתוך הקובץ, או תקנו את tokenFile ב-kubeconfig.</translation>
    </message>
  </context>
  <context>
    <name>lcl::kube::WatchEvent</name>
    <message>
      <source>The watch stream reported an error: %1</source>
      <translation>זרם ה-watch דיווח על שגיאה: %1</translation>
    </message>
    <message>
      <source>The console lists the resources again.</source>
      <translation>הקונסולה טוענת את רשימת המשאבים מחדש.</translation>
    </message>
  </context>
  <context>
    <name>lcl::kube::WatchFramer</name>
    <message>
      <source>A change notification from the server is larger than %1 MiB.</source>
      <translation>הודעת שינוי מהשרת גדולה מ-%1 MiB.</translation>
    </message>
    <message>
      <source>The console reconnects; if this repeats, an object in the cluster is unusually large.</source>
      <translation>הקונסולה מתחברת מחדש; אם הדבר חוזר, אובייקט כלשהו באשכול גדול באופן חריג.</translation>
    </message>
  </context>
  <context>
    <name>lcl::kube::YamlText</name>
    <message>
      <source>&lt;hidden: %1 bytes&gt;</source>
      <translation>&lt;מוסתר: %1 בתים&gt;</translation>
    </message>
    <message>
      <source>The object could not be shown: the server's answer is not a JSON object.</source>
      <translation>לא ניתן להציג את האובייקט: תשובת השרת אינה אובייקט JSON.</translation>
    </message>
    <message>
      <source>The object could not be shown as YAML.</source>
      <translation>לא ניתן להציג את האובייקט כ-YAML.</translation>
    </message>
  </context>
  <context>
    <name>lcl::lab::AlertEntry</name>
    <message>
      <source>pending</source>
      <translation>ממתינה</translation>
    </message>
    <message>
      <source>firing</source>
      <translation>פעילה</translation>
    </message>
    <message>
      <source>suppressed</source>
      <translation>מושתקת</translation>
    </message>
  </context>
  <context>
    <name>lcl::lab::ClusterSession</name>
    <message>
      <source>The API server answered /version with HTTP %1.</source>
      <translation>שרת ה-API השיב ל-/version עם HTTP %1.</translation>
    </message>
    <message>
      <source>Check the credentials of this context.</source>
      <translation>בדקו את פרטי ההזדהות של הקשר זה.</translation>
    </message>
    <message>
      <source>Check that the server is a Kubernetes API server.</source>
      <translation>ודאו שהשרת הוא שרת API של Kubernetes.</translation>
    </message>
    <message>
      <source>No kubeconfig is loaded.</source>
      <translation>לא נטען kubeconfig.</translation>
    </message>
    <message>
      <source>Open a kubeconfig file, or start the demo lab.</source>
      <translation>פתחו קובץ kubeconfig, או הפעילו את מעבדת ההדגמה.</translation>
    </message>
    <message>
      <source>asking the server for its version</source>
      <translation>שואל את השרת לגרסתו</translation>
    </message>
    <message>
      <source>The server's /version answer has no gitVersion.</source>
      <translation>בתשובת ה-/version של השרת אין gitVersion.</translation>
    </message>
    <message>
      <source>%1: loading the cluster's objects</source>
      <translation>%1: טוען את אובייקטי האשכול</translation>
    </message>
  </context>
  <context>
    <name>lcl::lab::DemoLab</name>
    <message>
      <source>Could not create a temporary folder for the demo lab.</source>
      <translation>לא ניתן ליצור תיקייה זמנית עבור מעבדת ההדגמה.</translation>
    </message>
    <message>
      <source>Check that %1 is writable.</source>
      <translation>ודאו שיש הרשאת כתיבה ל-%1.</translation>
    </message>
    <message>
      <source>The simulator lclab-sim was not found.</source>
      <translation>הסימולטור lclab-sim לא נמצא.</translation>
    </message>
    <message>
      <source>Build it (installer/setup.sh build) or install the console package, which ships lclab-sim next to lclab-console.</source>
      <translation>בנו אותו (installer/setup.sh build) או התקינו את חבילת הקונסולה, המספקת את lclab-sim לצד lclab-console.</translation>
    </message>
    <message>
      <source>Starting the simulated cluster…</source>
      <translation>מפעיל את האשכול המדומה…</translation>
    </message>
    <message>
      <source>The simulator stopped while starting (exit code %1).</source>
      <translation>הסימולטור נעצר במהלך ההפעלה (קוד יציאה %1).</translation>
    </message>
    <message>
      <source>See its log: %1</source>
      <translation>ראו את היומן שלו: %1</translation>
    </message>
    <message>
      <source>The simulator did not become ready in time.</source>
      <translation>הסימולטור לא היה מוכן בזמן.</translation>
    </message>
    <message>
      <source>Alertmanager is not installed, so alerts cannot be silenced from the console. Install it with: sudo apt-get install prometheus-alertmanager</source>
      <translation>Alertmanager אינו מותקן, ולכן לא ניתן להשתיק התראות מהקונסולה. התקינו אותו באמצעות: sudo apt-get install prometheus-alertmanager</translation>
    </message>
    <message>
      <source>Starting Alertmanager…</source>
      <translation>מפעיל את Alertmanager…</translation>
    </message>
    <message>
      <source>Prometheus is not installed, so the demo lab shows no request rates, latencies or alerts. Install it with: sudo apt-get install prometheus</source>
      <translation>Prometheus אינו מותקן, ולכן מעבדת ההדגמה אינה מציגה קצבי בקשות, זמני השהיה או התראות. התקינו אותו באמצעות: sudo apt-get install prometheus</translation>
    </message>
    <message>
      <source>This simulator build exposes no metrics yet, so Prometheus has nothing of the cluster to scrape.</source>
      <translation>גרסת סימולטור זו עדיין אינה חושפת מדדים, ולכן אין ל-Prometheus מה לאסוף מהאשכול.</translation>
    </message>
    <message>
      <source>Starting Prometheus…</source>
      <translation>מפעיל את Prometheus…</translation>
    </message>
  </context>
  <context>
    <name>lcl::lab::GraphLayout</name>
    <message>
      <source>Graphviz could not lay the graph out.</source>
      <translation>Graphviz לא הצליח לפרוס את הגרף.</translation>
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
      <translation>צומת %1</translation>
    </message>
    <message>
      <source>not ready</source>
      <translation>לא מוכן</translation>
    </message>
    <message>
      <source>%1 of %2 replicas ready</source>
      <translation>%1 מתוך %2 רפליקות מוכנות</translation>
    </message>
    <message>
      <source>rollout stuck (progress deadline exceeded)</source>
      <translation>ה-rollout תקוע (חריגה מ-progress deadline)</translation>
    </message>
    <message>
      <source>new spec not yet observed by its controller</source>
      <translation>ה-spec החדש עדיין לא נקלט על ידי ה-controller שלו</translation>
    </message>
    <message>
      <source>pod %1/%2</source>
      <translation>Pod %1/%2</translation>
    </message>
    <message>
      <source>pending for %1 s</source>
      <translation>ממתין כבר %1 s</translation>
    </message>
    <message>
      <source>container %1 was OOMKilled</source>
      <translation>הקונטיינר %1 הופסק עקב OOMKilled</translation>
    </message>
    <message numerus="yes">
      <source>%1 (%n restart(s))</source>
      <translation>
        <numerusform>%1 (הפעלה מחדש %n)</numerusform>
        <numerusform>%1 (%n הפעלות מחדש)</numerusform>
      </translation>
    </message>
    <message>
      <source>job %1/%2</source>
      <translation>Job %1/%2</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>נכשל</translation>
    </message>
    <message>
      <source>healthy</source>
      <translation>תקין</translation>
    </message>
    <message>
      <source>degraded</source>
      <translation>פגוע</translation>
    </message>
    <message>
      <source>error</source>
      <translation>שגיאה</translation>
    </message>
    <message>
      <source>Cluster: %1 (%2)</source>
      <translation>אשכול: %1 (%2)</translation>
    </message>
    <message>
      <source>unknown context</source>
      <translation>הקשר לא ידוע</translation>
    </message>
    <message>
      <source>Status: %1 — %2</source>
      <translation>מצב: %1 — %2</translation>
    </message>
    <message>
      <source>Server version: %1</source>
      <translation>גרסת השרת: %1</translation>
    </message>
    <message>
      <source>Status: %1</source>
      <translation>מצב: %1</translation>
    </message>
    <message>
      <source>Objects:</source>
      <translation>אובייקטים:</translation>
    </message>
    <message>
      <source>Workloads:</source>
      <translation>עומסי עבודה:</translation>
    </message>
    <message>
      <source>Problems:</source>
      <translation>בעיות:</translation>
    </message>
    <message>
      <source>none</source>
      <translation>אין</translation>
    </message>
    <message>
      <source>Traffic (Prometheus %1: %2):</source>
      <translation>תעבורה (Prometheus %1: %2):</translation>
    </message>
    <message>
      <source>SERVICE</source>
      <translation>שירות</translation>
    </message>
    <message>
      <source>RATE</source>
      <translation>קצב</translation>
    </message>
    <message>
      <source>ERRORS</source>
      <translation>שגיאות</translation>
    </message>
    <message>
      <source>P95</source>
      <translation>P95</translation>
    </message>
    <message>
      <source> req/s</source>
      <translation> בקשות/s</translation>
    </message>
    <message>
      <source> ms</source>
      <translation> ms</translation>
    </message>
    <message>
      <source>Alerts (Alertmanager %1: %2):</source>
      <translation>התראות (Alertmanager %1: %2):</translation>
    </message>
    <message>
      <source>not configured</source>
      <translation>לא מוגדר</translation>
    </message>
    <message>
      <source>(silenced by %1)</source>
      <translation>(הושתקה על ידי %1)</translation>
    </message>
    <message>
      <source>unknown: neither Alertmanager nor Prometheus told them</source>
      <translation>לא ידוע: לא Alertmanager ולא Prometheus דיווחו עליהן</translation>
    </message>
  </context>
  <context>
    <name>lcl::lab::LabProfile</name>
    <message>
      <source>Cannot read the lab profile %1: %2</source>
      <translation>לא ניתן לקרוא את פרופיל המעבדה %1: %2</translation>
    </message>
    <message>
      <source>Check the path given with --profile, or start without one to use the built-in LocalCloudLab profile.</source>
      <translation>בדקו את הנתיב שצוין עם --profile, או הפעילו בלעדיו כדי להשתמש בפרופיל LocalCloudLab המובנה.</translation>
    </message>
    <message>
      <source>No service was named for the signal "%1".</source>
      <translation>לא צוין שירות עבור האות "%1".</translation>
    </message>
    <message>
      <source>The lab profile has no service "%1".</source>
      <translation>בפרופיל המעבדה אין שירות "%1".</translation>
    </message>
    <message>
      <source>The lab profile defines no "%1" query for the service "%2".</source>
      <translation>פרופיל המעבדה אינו מגדיר שאילתת "%1" עבור השירות "%2".</translation>
    </message>
    <message>
      <source>Add it under the service's signals, or under defaults.kinds.%1.signals.</source>
      <translation>הוסיפו אותה תחת ה-signals של השירות, או תחת defaults.kinds.%1.signals.</translation>
    </message>
    <message>
      <source>The services %1 use different "%2" queries and cannot be asked in one query.</source>
      <translation>השירותים %1 משתמשים בשאילתות "%2" שונות ולא ניתן לשאול עליהם בשאילתה אחת.</translation>
    </message>
    <message>
      <source>The lab profile defines no "%1" query for the edge %2.</source>
      <translation>פרופיל המעבדה אינו מגדיר שאילתת "%1" עבור הקשת %2.</translation>
    </message>
    <message>
      <source>The lab profile defines no "%1" query for routes.</source>
      <translation>פרופיל המעבדה אינו מגדיר שאילתת "%1" עבור נתיבים.</translation>
    </message>
    <message>
      <source>Add it under defaults.routes.signals.</source>
      <translation>הוסיפו אותה תחת defaults.routes.signals.</translation>
    </message>
    <message>
      <source>a gateway</source>
      <translation>שער</translation>
    </message>
    <message>
      <source>"service"</source>
      <translation>"service"</translation>
    </message>
    <message>
      <source>a listener</source>
      <translation>מאזין</translation>
    </message>
    <message>
      <source>an HTTPS listener needs "tlsSecret"</source>
      <translation>מאזין HTTPS דורש "tlsSecret"</translation>
    </message>
    <message>
      <source>gateway</source>
      <translation>שער</translation>
    </message>
    <message>
      <source>a route</source>
      <translation>נתיב</translation>
    </message>
    <message>
      <source>"gateway" names unknown gateway "%1"</source>
      <translation>"gateway" מציין שער לא ידוע "%1"</translation>
    </message>
    <message>
      <source>a route rule</source>
      <translation>כלל נתיב</translation>
    </message>
    <message>
      <source>a match</source>
      <translation>התאמה</translation>
    </message>
    <message>
      <source>a match needs "pathPrefix" or "path" starting with /</source>
      <translation>התאמה דורשת "pathPrefix" או "path" שמתחיל ב-/</translation>
    </message>
    <message>
      <source>a backend</source>
      <translation>backend</translation>
    </message>
    <message>
      <source>backend "%1" names no Kubernetes Service of a profile service in namespace "%2"</source>
      <translation>ה-backend "%1" אינו מציין Service של Kubernetes השייך לשירות בפרופיל במרחב השמות "%2"</translation>
    </message>
    <message>
      <source>the backend weights of rule %1 in route "%2" sum to %3, not 100</source>
      <translation>סכום משקלי ה-backend של הכלל %1 בנתיב "%2" הוא %3, ולא 100</translation>
    </message>
    <message>
      <source>route</source>
      <translation>נתיב</translation>
    </message>
    <message>
      <source>an edge</source>
      <translation>קשת</translation>
    </message>
    <message>
      <source>edge "from"</source>
      <translation>קשת "from"</translation>
    </message>
    <message>
      <source>edge "to"</source>
      <translation>קשת "to"</translation>
    </message>
    <message>
      <source>"route" names unknown route "%1"</source>
      <translation>"route" מציין נתיב לא ידוע "%1"</translation>
    </message>
    <message>
      <source>edge</source>
      <translation>קשת</translation>
    </message>
    <message>
      <source>an alert</source>
      <translation>התראה</translation>
    </message>
    <message>
      <source>alert "%1"</source>
      <translation>התראה "%1"</translation>
    </message>
    <message>
      <source>alert</source>
      <translation>התראה</translation>
    </message>
    <message>
      <source>a backup</source>
      <translation>גיבוי</translation>
    </message>
    <message>
      <source>"schedule" must be a cron schedule (minute hour day-of-month month day-of-week) or @hourly, @daily, @weekly, @monthly, @yearly: %1</source>
      <translation>"schedule" חייב להיות תזמון cron (דקה שעה יום-בחודש חודש יום-בשבוע) או @hourly, @daily, @weekly, @monthly, @yearly: %1</translation>
    </message>
    <message>
      <source>backup</source>
      <translation>גיבוי</translation>
    </message>
    <message>
      <source>a secret</source>
      <translation>secret</translation>
    </message>
    <message>
      <source>"keys" must name at least one key</source>
      <translation>"keys" חייב לציין לפחות מפתח אחד</translation>
    </message>
    <message>
      <source>secret</source>
      <translation>secret</translation>
    </message>
    <message numerus="yes">
      <source>The lab profile %1 has %n error(s); the first: line %2, column %3: %4</source>
      <translation>
        <numerusform>בפרופיל המעבדה %1 יש %n שגיאה: שורה %2, עמודה %3: %4</numerusform>
        <numerusform>בפרופיל המעבדה %1 יש %n שגיאות; הראשונה: שורה %2, עמודה %3: %4</numerusform>
      </translation>
    </message>
    <message>
      <source>Fix the profile (every problem is listed in the details), or start without --profile to use the built-in LocalCloudLab profile.</source>
      <translation>תקנו את הפרופיל (כל הבעיות מפורטות בפרטים), או הפעילו ללא --profile כדי להשתמש בפרופיל LocalCloudLab המובנה.</translation>
    </message>
    <message>
      <source>YAML syntax error: %1</source>
      <translation>שגיאת תחביר YAML: %1</translation>
    </message>
    <message>
      <source>cannot read the YAML: %1</source>
      <translation>לא ניתן לקרוא את ה-YAML: %1</translation>
    </message>
    <message>
      <source>the profile is empty; expected a LabProfile document</source>
      <translation>הפרופיל ריק; היה צפוי מסמך LabProfile</translation>
    </message>
    <message>
      <source>the profile</source>
      <translation>הפרופיל</translation>
    </message>
    <message>
      <source>unsupported apiVersion "%1"; expected "%2"</source>
      <translation>apiVersion לא נתמך "%1"; היה צפוי "%2"</translation>
    </message>
    <message>
      <source>kind must be "LabProfile", not "%1"</source>
      <translation>kind חייב להיות "LabProfile", ולא "%1"</translation>
    </message>
    <message>
      <source>a namespace</source>
      <translation>מרחב שמות</translation>
    </message>
    <message>
      <source>namespace</source>
      <translation>מרחב שמות</translation>
    </message>
    <message>
      <source>"signals" must be a mapping of signal names to PromQL templates, not %1</source>
      <translation>"signals" חייב להיות מיפוי של שמות אותות לתבניות PromQL, ולא %1</translation>
    </message>
    <message>
      <source>signal name "%1" must be a camelCase word like requestRate</source>
      <translation>שם האות "%1" חייב להיות מילה בסגנון camelCase, כמו requestRate</translation>
    </message>
    <message>
      <source>signal "%1" must be a PromQL template text, not %2</source>
      <translation>האות "%1" חייב להיות טקסט של תבנית PromQL, ולא %2</translation>
    </message>
    <message>
      <source>in signal "%1": %2</source>
      <translation>באות "%1": %2</translation>
    </message>
    <message>
      <source>runbook "%1" must be a built-in runbook id like runbooks/api-errors-latency</source>
      <translation>ה-runbook "%1" חייב להיות מזהה של runbook מובנה, כמו runbooks/api-errors-latency</translation>
    </message>
    <message>
      <source>%1 names unknown service "%2"</source>
      <translation>%1 מפנה לשירות לא ידוע "%2"</translation>
    </message>
    <message>
      <source>namespace "%1" is not listed under namespaces</source>
      <translation>מרחב השמות "%1" אינו מופיע תחת namespaces</translation>
    </message>
    <message>
      <source>duplicate %1 "%2" (first defined at line %3)</source>
      <translation>כפילות של %1 "%2" (ההגדרה הראשונה בשורה %3)</translation>
    </message>
    <message>
      <source>a mapping</source>
      <translation>מיפוי</translation>
    </message>
    <message>
      <source>a list</source>
      <translation>רשימה</translation>
    </message>
    <message>
      <source>empty</source>
      <translation>ריק</translation>
    </message>
    <message>
      <source>%1 must be a mapping (key: value), not %2</source>
      <translation>%1 חייב להיות מיפוי (key: value), ולא %2</translation>
    </message>
    <message>
      <source>duplicate key "%1" in %2 (first at line %3)</source>
      <translation>מפתח כפול "%1" ב-%2 (ההופעה הראשונה בשורה %3)</translation>
    </message>
    <message>
      <source>unknown key "%1" in %2; expected one of: %3</source>
      <translation>מפתח לא ידוע "%1" ב-%2; היה צפוי אחד מהבאים: %3</translation>
    </message>
    <message>
      <source>%1 is missing the required key "%2"</source>
      <translation>ב-%1 חסר המפתח הנדרש "%2"</translation>
    </message>
    <message>
      <source>"%1" must be a list, not %2</source>
      <translation>"%1" חייב להיות רשימה, ולא %2</translation>
    </message>
    <message>
      <source>"%1" must be %2, not %3</source>
      <translation>"%1" חייב להיות %2, ולא %3</translation>
    </message>
    <message>
      <source>a text</source>
      <translation>טקסט</translation>
    </message>
    <message>
      <source>a name</source>
      <translation>שם</translation>
    </message>
    <message>
      <source>"%1" must be a DNS subdomain name (lower-case letters, digits, '-' and '.'), not "%2"</source>
      <translation>"%1" חייב להיות שם תת-דומיין DNS (אותיות קטנות, ספרות, '-' ו-'.'), ולא "%2"</translation>
    </message>
    <message>
      <source>"%1" must be a DNS label (lower-case letters, digits and '-', at most 63), not "%2"</source>
      <translation>"%1" חייב להיות תווית DNS (אותיות קטנות, ספרות ו-'-', עד 63 תווים), ולא "%2"</translation>
    </message>
    <message>
      <source>an integer from %1 to %2</source>
      <translation>מספר שלם בין %1 ל-%2</translation>
    </message>
    <message>
      <source>"%1" must be %2, not "%3"</source>
      <translation>"%1" חייב להיות %2, ולא "%3"</translation>
    </message>
    <message>
      <source>a number from %1 to %2</source>
      <translation>מספר בין %1 ל-%2</translation>
    </message>
    <message>
      <source>true or false</source>
      <translation>true או false</translation>
    </message>
    <message>
      <source>"%1" must be true or false, not "%2"</source>
      <translation>"%1" חייב להיות true או false, ולא "%2"</translation>
    </message>
    <message>
      <source>a duration</source>
      <translation>משך זמן</translation>
    </message>
    <message>
      <source>"%1" must be a duration like 250ms, 1.5s or 2m, not "%2"</source>
      <translation>"%1" חייב להיות משך זמן כמו 250ms, 1.5s או 2m, ולא "%2"</translation>
    </message>
    <message>
      <source>"%1" must be a Prometheus duration like 30s, 5m or 1h30m, not "%2"</source>
      <translation>"%1" חייב להיות משך זמן של Prometheus כמו 30s, 5m או 1h30m, ולא "%2"</translation>
    </message>
    <message>
      <source>one of %1</source>
      <translation>אחד מתוך %1</translation>
    </message>
    <message>
      <source>the items of "%1" must be texts, not %2</source>
      <translation>הפריטים של "%1" חייבים להיות טקסטים, ולא %2</translation>
    </message>
    <message>
      <source>"%1" must be a mapping of texts, not %2</source>
      <translation>"%1" חייב להיות מיפוי של טקסטים, ולא %2</translation>
    </message>
    <message>
      <source>the value of "%1" in "%2" must be a text, not %3</source>
      <translation>הערך של "%1" ב-"%2" חייב להיות טקסט, ולא %3</translation>
    </message>
    <message>
      <source>workload</source>
      <translation>עומס עבודה</translation>
    </message>
    <message>
      <source>Kubernetes Service</source>
      <translation>Service של Kubernetes</translation>
    </message>
    <message>
      <source>a service</source>
      <translation>שירות</translation>
    </message>
    <message>
      <source>service "%1"</source>
      <translation>השירות "%1"</translation>
    </message>
    <message>
      <source>duplicate service id "%1" (first defined at line %2)</source>
      <translation>מזהה שירות כפול "%1" (ההגדרה הראשונה בשורה %2)</translation>
    </message>
    <message>
      <source>external service "%1" cannot have a workload</source>
      <translation>לשירות החיצוני "%1" לא יכול להיות עומס עבודה</translation>
    </message>
    <message>
      <source>"hpa" needs a Deployment or StatefulSet workload in service "%1"</source>
      <translation>"hpa" מחייב עומס עבודה מסוג Deployment או StatefulSet בשירות "%1"</translation>
    </message>
    <message>
      <source>the workload of service "%1"</source>
      <translation>עומס העבודה של השירות "%1"</translation>
    </message>
    <message>
      <source>a container port</source>
      <translation>פורט של קונטיינר</translation>
    </message>
    <message>
      <source>the requests of service "%1" exceed its limits</source>
      <translation>ה-requests של השירות "%1" חורגים מה-limits שלו</translation>
    </message>
    <message>
      <source>"storage" (a volume claim template) needs kind StatefulSet</source>
      <translation>"storage" (תבנית של volume claim) מחייב kind מסוג StatefulSet</translation>
    </message>
    <message>
      <source>"cpu" must be a CPU quantity like 200m or 0.5, not "%1"</source>
      <translation>"cpu" חייב להיות כמות CPU כמו 200m או 0.5, ולא "%1"</translation>
    </message>
    <message>
      <source>"memory" must be a quantity like 256Mi or 1Gi, not "%1"</source>
      <translation>"memory" חייב להיות כמות כמו 256Mi או 1Gi, ולא "%1"</translation>
    </message>
    <message>
      <source>"size" must be a quantity like 5Gi, not "%1"</source>
      <translation>"size" חייב להיות כמות כמו 5Gi, ולא "%1"</translation>
    </message>
    <message>
      <source>"variants" need a Deployment workload in service "%1"</source>
      <translation>"variants" מחייבים עומס עבודה מסוג Deployment בשירות "%1"</translation>
    </message>
    <message>
      <source>a variant</source>
      <translation>וריאנט</translation>
    </message>
    <message>
      <source>variant</source>
      <translation>וריאנט</translation>
    </message>
    <message>
      <source>a Kubernetes Service</source>
      <translation>Service של Kubernetes</translation>
    </message>
    <message>
      <source>a Service port</source>
      <translation>פורט של Service</translation>
    </message>
    <message>
      <source>"maxReplicas" (%1) must not be below "minReplicas" (%2)</source>
      <translation>"maxReplicas" (%1) לא יכול להיות נמוך מ-"minReplicas" (%2)</translation>
    </message>
    <message>
      <source>"latencyP95" must not be below "latencyP50"</source>
      <translation>"latencyP95" לא יכול להיות נמוך מ-"latencyP50"</translation>
    </message>
    <message>
      <source>a traffic route</source>
      <translation>נתיב תעבורה</translation>
    </message>
    <message>
      <source>"path" must start with /, not "%1"</source>
      <translation>"path" חייב להתחיל ב-/, ולא "%1"</translation>
    </message>
    <message>
      <source>the step in the %1 field "%2" must be a positive number</source>
      <translation>הצעד בשדה %1 "%2" חייב להיות מספר חיובי</translation>
    </message>
    <message>
      <source>the %1 field "%2" is not a number, a range a-b, a list or *</source>
      <translation>השדה %1 "%2" אינו מספר, טווח a-b, רשימה או *</translation>
    </message>
    <message>
      <source>the %1 field value %2 is outside %3</source>
      <translation>הערך %2 בשדה %1 נמצא מחוץ לטווח %3</translation>
    </message>
    <message>
      <source>"%1" is not one of %2</source>
      <translation>"%1" אינו אחד מתוך %2</translation>
    </message>
    <message numerus="yes">
      <source>it has %n field(s), not 5</source>
      <translation>
        <numerusform>יש בו %n שדה, ולא 5</numerusform>
        <numerusform>יש בו %n שדות, ולא 5</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>lcl::lab::MonitoringSession</name>
    <message>
      <source>looking for Prometheus in the cluster</source>
      <translation>מחפש את Prometheus באשכול</translation>
    </message>
    <message numerus="yes">
      <source>asking the first %n queries</source>
      <translation>
        <numerusform>שולח את השאילתה הראשונה (%n)</numerusform>
        <numerusform>שולח את %n השאילתות הראשונות</numerusform>
      </translation>
    </message>
    <message>
      <source>no Alertmanager URL given</source>
      <translation>לא צוינה כתובת URL של Alertmanager</translation>
    </message>
    <message>
      <source>asking for alerts</source>
      <translation>מבקש את ההתראות</translation>
    </message>
    <message>
      <source>waiting for Prometheus: %1</source>
      <translation>ממתין ל-Prometheus: %1</translation>
    </message>
    <message>
      <source>%1 (trying again in %2 s)</source>
      <translation>%1 (ניסיון נוסף בעוד %2 s)</translation>
    </message>
    <message>
      <source>%1 of %2 queries failed: %3</source>
      <translation>%1 מתוך %2 שאילתות נכשלו: %3</translation>
    </message>
    <message numerus="yes">
      <source>%n queries per refresh, all answered</source>
      <translation>
        <numerusform>%n שאילתה בכל רענון, נענתה</numerusform>
        <numerusform>%n שאילתות בכל רענון, כולן נענו</numerusform>
      </translation>
    </message>
    <message>
      <source>waiting for Alertmanager: %1</source>
      <translation>ממתין ל-Alertmanager: %1</translation>
    </message>
    <message numerus="yes">
      <source>%n alert(s) firing</source>
      <translation>
        <numerusform>%n התראה פעילה</numerusform>
        <numerusform>%n התראות פעילות</numerusform>
      </translation>
    </message>
    <message>
      <source>No Alertmanager is connected, so alerts cannot be silenced.</source>
      <translation>אין Alertmanager מחובר, ולכן לא ניתן להשתיק התראות.</translation>
    </message>
    <message>
      <source>Start the console with --alertmanager-url, or use the demo lab.</source>
      <translation>הפעילו את הקונסולה עם ⁨--alertmanager-url⁩, או השתמשו במעבדת ההדגמה.</translation>
    </message>
    <message>
      <source>No Alertmanager is connected.</source>
      <translation>אין Alertmanager מחובר.</translation>
    </message>
    <message>
      <source>Alertmanager is not answering: %1</source>
      <translation>Alertmanager אינו עונה: ⁨%1⁩</translation>
    </message>
    <message>
      <source>Prometheus is not answering: %1</source>
      <translation>Prometheus אינו עונה: ⁨%1⁩</translation>
    </message>
  </context>
  <context>
    <name>lcl::lab::PromQlTemplate</name>
    <message>
      <source>"{{" is not closed by "}}"</source>
      <translation>"{{" לא נסגר ב-"}}"</translation>
    </message>
    <message>
      <source>"{{%1}}" is not a placeholder name (letters, digits, _)</source>
      <translation>"{{%1}}" אינו שם תקין של מציין מיקום (אותיות, ספרות, _)</translation>
    </message>
    <message>
      <source>unknown placeholder {{%1}}; expected one of: %2</source>
      <translation>מציין מיקום לא ידוע {{%1}}; היה צפוי אחד מהבאים: %2</translation>
    </message>
    <message>
      <source>"}}" without an opening "{{"</source>
      <translation>"}}" ללא "{{" פותח</translation>
    </message>
  </context>
  <context>
    <name>lcl::lab::TopologyBuilder</name>
    <message>
      <source>No lab profile: the graph is discovered from the cluster, dependencies between services are not known.</source>
      <translation>אין פרופיל מעבדה: הגרף מתגלה מתוך האשכול, והתלויות בין השירותים אינן ידועות.</translation>
    </message>
    <message>
      <source>No metrics: traffic numbers are not shown.</source>
      <translation>אין מדדים: נתוני התעבורה אינם מוצגים.</translation>
    </message>
    <message>
      <source>Clients</source>
      <translation>לקוחות</translation>
    </message>
    <message>
      <source>outside the cluster</source>
      <translation>מחוץ לאשכול</translation>
    </message>
    <message>
      <source>Gateway · %1</source>
      <translation>שער · %1</translation>
    </message>
    <message>
      <source>no Envoy proxy pod is ready</source>
      <translation>אין אף Pod מוכן של פרוקסי Envoy</translation>
    </message>
    <message>
      <source>%1 of %2 proxy pods ready</source>
      <translation>%1 מתוך %2 Pods של הפרוקסי מוכנים</translation>
    </message>
    <message>
      <source>selects no pods</source>
      <translation>אינו בוחר אף Pod</translation>
    </message>
    <message>
      <source>rollout stuck (progress deadline exceeded)</source>
      <translation>ה-rollout תקוע (חריגה מ-progress deadline)</translation>
    </message>
    <message>
      <source>no pod ready</source>
      <translation>אין Pod מוכן</translation>
    </message>
    <message>
      <source>%1 of %2 pods ready</source>
      <translation>%1 מתוך %2 Pods מוכנים</translation>
    </message>
    <message>
      <source>%1 in %2</source>
      <translation>%1 ב-%2</translation>
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
      <translation>לא נמצא עומס עבודה עבור ה-selector שלו</translation>
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
      <translation>%1%</translation>
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
      <translation>אין נתונים</translation>
    </message>
  </context>
  <context>
    <name>lcl::lab::TopologyNode</name>
    <message>
      <source>Client</source>
      <translation>לקוח</translation>
    </message>
    <message>
      <source>Gateway</source>
      <translation>שער</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>נתיב</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>שירות</translation>
    </message>
    <message>
      <source>Workload</source>
      <translation>עומס עבודה</translation>
    </message>
    <message>
      <source>Pods</source>
      <translation>Pods</translation>
    </message>
    <message>
      <source>Backing service</source>
      <translation>שירות תומך</translation>
    </message>
    <message>
      <source>Platform</source>
      <translation>פלטפורמה</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>תקין</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>אזהרה</translation>
    </message>
    <message>
      <source>Critical</source>
      <translation>קריטי</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>לא ידוע</translation>
    </message>
  </context>
  <context>
    <name>lcl::metrics::AlertmanagerDecoder</name>
    <message>
      <source>Alertmanager sent an answer that cannot be read: %1</source>
      <translation>Alertmanager שלח תשובה שלא ניתן לקרוא: %1</translation>
    </message>
    <message>
      <source>Check that the URL points at Alertmanager's API v2 (0.16 or newer).</source>
      <translation>ודאו שכתובת ה-URL מפנה ל-API v2 של Alertmanager (גרסה 0.16 ומעלה).</translation>
    </message>
    <message>
      <source>the body is empty</source>
      <translation>גוף התשובה ריק</translation>
    </message>
    <message>
      <source>not JSON (%1)</source>
      <translation>לא JSON (%1)</translation>
    </message>
    <message>
      <source>expected a JSON list</source>
      <translation>הייתה צפויה רשימת JSON</translation>
    </message>
    <message>
      <source>an alert is not a JSON object</source>
      <translation>התראה אינה אובייקט JSON</translation>
    </message>
    <message>
      <source>an alert has no labels</source>
      <translation>להתראה אין תוויות</translation>
    </message>
    <message>
      <source>alert %1 has no status</source>
      <translation>להתראה %1 אין סטטוס</translation>
    </message>
    <message>
      <source>alert %1 has the unknown state "%2"</source>
      <translation>להתראה %1 יש מצב לא ידוע "%2"</translation>
    </message>
    <message>
      <source>a silence is not a JSON object</source>
      <translation>השתקה אינה אובייקט JSON</translation>
    </message>
    <message>
      <source>a silence has no id</source>
      <translation>להשתקה אין מזהה</translation>
    </message>
    <message>
      <source>silence %1 has the unknown state "%2"</source>
      <translation>להשתקה %1 יש מצב לא ידוע "%2"</translation>
    </message>
    <message>
      <source>silence %1 has no matchers</source>
      <translation>להשתקה %1 אין תנאי התאמה</translation>
    </message>
    <message>
      <source>an alert group is not a JSON object</source>
      <translation>קבוצת התראות אינה אובייקט JSON</translation>
    </message>
    <message>
      <source>an alert group has no alerts list</source>
      <translation>לקבוצת התראות אין רשימת התראות</translation>
    </message>
    <message>
      <source>the answer has no "silenceID"</source>
      <translation>בתשובה אין "silenceID"</translation>
    </message>
    <message>
      <source>Fix the silence and try again.</source>
      <translation>תקנו את ההשתקה ונסו שוב.</translation>
    </message>
    <message>
      <source>A silence needs at least one matcher.</source>
      <translation>השתקה מחייבת לפחות תנאי התאמה אחד.</translation>
    </message>
    <message>
      <source>Every matcher of a silence needs a label name.</source>
      <translation>כל תנאי התאמה של השתקה מחייב שם תווית.</translation>
    </message>
    <message>
      <source>A silence needs a start and an end time.</source>
      <translation>השתקה מחייבת זמן התחלה וזמן סיום.</translation>
    </message>
    <message>
      <source>A silence must end after it starts.</source>
      <translation>השתקה חייבת להסתיים אחרי שהיא מתחילה.</translation>
    </message>
    <message>
      <source>A silence needs an author (created by).</source>
      <translation>השתקה מחייבת יוצר (נוצרה על ידי).</translation>
    </message>
    <message>
      <source>A silence needs a comment saying why.</source>
      <translation>השתקה מחייבת הערה שמסבירה את הסיבה.</translation>
    </message>
  </context>
  <context>
    <name>lcl::metrics::MetricValue</name>
    <message>
      <source>missing since %1</source>
      <translation>חסר מאז %1</translation>
    </message>
    <message>
      <source>no data</source>
      <translation>אין נתונים</translation>
    </message>
    <message>
      <source>no traffic</source>
      <translation>אין תעבורה</translation>
    </message>
  </context>
  <context>
    <name>lcl::metrics::MetricsPollerDecoder</name>
    <message>
      <source>Prometheus' answer to the %1 query could not be read</source>
      <translation>לא ניתן היה לקרוא את התשובה של Prometheus לשאילתה %1</translation>
    </message>
    <message>
      <source>The server may not be Prometheus-compatible.</source>
      <translation>ייתכן שהשרת אינו תואם ל-Prometheus.</translation>
    </message>
  </context>
  <context>
    <name>lcl::metrics::NoDataDiagnosis</name>
    <message>
      <source>error: %1</source>
      <translation>שגיאה: %1</translation>
    </message>
    <message>
      <source>empty (no series)</source>
      <translation>ריק (אין סדרות)</translation>
    </message>
    <message numerus="yes">
      <source>%n series</source>
      <translation>
        <numerusform>%n סדרה</numerusform>
        <numerusform>%n סדרות</numerusform>
      </translation>
    </message>
    <message>
      <source>Data is there</source>
      <translation>יש נתונים</translation>
    </message>
    <message>
      <source>No traffic in the window</source>
      <translation>אין תעבורה בחלון הזמן</translation>
    </message>
    <message>
      <source>The query failed</source>
      <translation>השאילתה נכשלה</translation>
    </message>
    <message>
      <source>Target down</source>
      <translation>היעד אינו פעיל</translation>
    </message>
    <message>
      <source>Metric absent</source>
      <translation>המדד חסר</translation>
    </message>
    <message>
      <source>Labels do not match</source>
      <translation>התוויות אינן תואמות</translation>
    </message>
    <message>
      <source>Cause unknown</source>
      <translation>הסיבה אינה ידועה</translation>
    </message>
    <message>
      <source>No Prometheus is connected.</source>
      <translation>אין Prometheus מחובר.</translation>
    </message>
    <message>
      <source>The query returned NaN for %1: a ratio of zero by zero, so there were no requests in the window. This is not an error.</source>
      <translation>השאילתה החזירה NaN עבור %1: יחס של אפס חלקי אפס, כלומר לא היו בקשות בחלון הזמן. זו אינה שגיאה.</translation>
    </message>
    <message>
      <source>The query returns %1 for %2 now.</source>
      <translation>השאילתה מחזירה כעת %1 עבור %2.</translation>
    </message>
    <message>
      <source>empty: no series at all</source>
      <translation>ריק: אין סדרות בכלל</translation>
    </message>
    <message numerus="yes">
      <source>%n series, none for this entity</source>
      <translation>
        <numerusform>%n סדרה, אך לא עבור ישות זו</numerusform>
        <numerusform>%n סדרות, אף אחת אינה עבור ישות זו</numerusform>
      </translation>
    </message>
    <message>
      <source>Prometheus cannot scrape %1 (up == 0), so its metrics stop. Check that the pods run and that the metrics port answers; the Targets page of Prometheus shows the scrape error.</source>
      <translation>Prometheus אינו יכול לאסוף מדדים מ-%1 (up == 0), ולכן המדדים שלו נעצרים. ודאו שה-Pods רצים ושפורט המדדים מגיב; דף ה-Targets של Prometheus מציג את שגיאת האיסוף.</translation>
    </message>
    <message>
      <source>The query reads no metric by name, so there is nothing more to check.</source>
      <translation>השאילתה אינה קוראת אף מדד לפי שם, ולכן אין עוד מה לבדוק.</translation>
    </message>
    <message>
      <source>Prometheus has no series named %1. The exporter or instrumentation that provides it is not scraped, or uses another name; check the scrape configuration, or the profile's query for this signal.</source>
      <translation>ל-Prometheus אין סדרות בשם %1. ה-exporter או המכשור (instrumentation) שמספקים אותו אינם נאספים, או שהם משתמשים בשם אחר; בדקו את תצורת האיסוף (scrape), או את השאילתה של הפרופיל עבור אות זה.</translation>
    </message>
    <message>
      <source>The metric exists, but the query has no labels to match an entity by.</source>
      <translation>המדד קיים, אך לשאילתה אין תוויות שלפיהן ניתן להתאים ישות.</translation>
    </message>
    <message>
      <source>%1 exists, but none of its series has the labels %2. The profile's label names may not match what the exporter writes.</source>
      <translation>%1 קיים, אך לאף אחת מהסדרות שלו אין התוויות %2. ייתכן ששמות התוויות בפרופיל אינם תואמים את מה שה-exporter כותב.</translation>
    </message>
    <message>
      <source>%1 exists, but not for %2; it has %3. The profile's names (namespace, service or telemetry labels) may not match what the cluster reports.</source>
      <translation>%1 קיים, אך לא עבור %2; יש לו %3. ייתכן שהשמות בפרופיל (מרחב שמות, שירות או תוויות טלמטריה) אינם תואמים את מה שהאשכול מדווח.</translation>
    </message>
    <message>
      <source>%1 exists for %2, but the query's other conditions (a status code, a time window, a division) leave nothing; for example there may have been no 5xx responses, or too few samples in the window.</source>
      <translation>%1 קיים עבור %2, אך התנאים האחרים של השאילתה (קוד סטטוס, חלון זמן, חילוק) אינם משאירים דבר; לדוגמה, ייתכן שלא היו תגובות 5xx, או שהיו מעט מדי דגימות בחלון הזמן.</translation>
    </message>
  </context>
  <context>
    <name>lcl::metrics::PromDecoder</name>
    <message>
      <source>Prometheus refused the range query: it would return more than 11,000 points per series.</source>
      <translation>Prometheus סירב לשאילתת הטווח: היא הייתה מחזירה יותר מ-11,000 נקודות לכל סדרה.</translation>
    </message>
    <message>
      <source>Widen the step (fewer points) or shorten the time range.</source>
      <translation>הגדילו את הצעד (פחות נקודות) או קצרו את טווח הזמן.</translation>
    </message>
    <message>
      <source>Prometheus rejected the query: %1</source>
      <translation>Prometheus דחה את השאילתה: %1</translation>
    </message>
    <message>
      <source>Check the PromQL (the profile's signal templates) and the query parameters.</source>
      <translation>בדקו את ה-PromQL (תבניות האותות של הפרופיל) ואת הפרמטרים של השאילתה.</translation>
    </message>
    <message>
      <source>Prometheus could not evaluate the query: %1</source>
      <translation>Prometheus לא הצליח לחשב את השאילתה: %1</translation>
    </message>
    <message>
      <source>The query is valid but failed on the data (for example many-to-many matching); change its grouping.</source>
      <translation>השאילתה תקינה אך נכשלה על הנתונים (לדוגמה, התאמת many-to-many); שנו את הקיבוץ שלה.</translation>
    </message>
    <message>
      <source>Prometheus timed out evaluating the query: %1</source>
      <translation>תם הזמן הקצוב של Prometheus בחישוב השאילתה: %1</translation>
    </message>
    <message>
      <source>Shorten the time range, widen the step or narrow the selectors.</source>
      <translation>קצרו את טווח הזמן, הגדילו את הצעד או צמצמו את ה-selectors.</translation>
    </message>
    <message>
      <source>Prometheus is not available: %1</source>
      <translation>Prometheus אינו זמין: %1</translation>
    </message>
    <message>
      <source>It may be starting or overloaded; the console retries on the next refresh.</source>
      <translation>ייתכן שהוא בתהליך הפעלה או עמוס; הקונסולה תנסה שוב ברענון הבא.</translation>
    </message>
    <message>
      <source>Prometheus cancelled the query: %1</source>
      <translation>Prometheus ביטל את השאילתה: %1</translation>
    </message>
    <message>
      <source>Prometheus does not know this endpoint: %1</source>
      <translation>Prometheus אינו מכיר את נקודת הקצה הזו: %1</translation>
    </message>
    <message>
      <source>The server may not be Prometheus-compatible or may be too old.</source>
      <translation>ייתכן שהשרת אינו תואם ל-Prometheus, או שהוא ישן מדי.</translation>
    </message>
    <message>
      <source>Prometheus failed: %1</source>
      <translation>Prometheus נכשל: %1</translation>
    </message>
    <message>
      <source>See Prometheus' own log for the cause.</source>
      <translation>עיינו ביומן של Prometheus עצמו כדי לברר את הסיבה.</translation>
    </message>
    <message>
      <source>"data.resultType" is missing</source>
      <translation>"data.resultType" חסר</translation>
    </message>
    <message>
      <source>"data.result" is missing</source>
      <translation>"data.result" חסר</translation>
    </message>
    <message>
      <source>a %1 result is not a [time, "value"] pair</source>
      <translation>תוצאה מסוג %1 אינה זוג [time, "value"]</translation>
    </message>
    <message>
      <source>unsupported resultType "%1"</source>
      <translation>resultType לא נתמך "%1"</translation>
    </message>
    <message>
      <source>"data.result" of a %1 is not a list</source>
      <translation>"data.result" של %1 אינו רשימה</translation>
    </message>
    <message>
      <source>a series has no "metric"</source>
      <translation>לסדרה אין "metric"</translation>
    </message>
    <message>
      <source>a series' "metric" is not a map of texts</source>
      <translation>ה-"metric" של סדרה אינו מיפוי של טקסטים</translation>
    </message>
    <message>
      <source>a matrix series has no "values" list</source>
      <translation>לסדרת matrix אין רשימת "values"</translation>
    </message>
    <message>
      <source>a value is not a [time, "number"] pair</source>
      <translation>ערך אינו זוג [time, "number"]</translation>
    </message>
    <message>
      <source>a vector sample has no "value"</source>
      <translation>לדגימת vector אין "value"</translation>
    </message>
    <message>
      <source>"data" is not a list</source>
      <translation>"data" אינו רשימה</translation>
    </message>
    <message>
      <source>"data" holds something other than texts</source>
      <translation>"data" מכיל משהו שאינו טקסטים</translation>
    </message>
    <message>
      <source>"data" is not a map of metric names</source>
      <translation>"data" אינו מיפוי של שמות מדדים</translation>
    </message>
    <message>
      <source>the metadata of %1 is not a list</source>
      <translation>המטא-נתונים של %1 אינם רשימה</translation>
    </message>
    <message>
      <source>"data.%1" is not a list</source>
      <translation>"data.%1" אינו רשימה</translation>
    </message>
    <message>
      <source>rule group "%1" has no rules list</source>
      <translation>לקבוצת הכללים "%1" אין רשימת כללים</translation>
    </message>
    <message>
      <source>rule "%1" has the unknown type "%2"</source>
      <translation>לכלל "%1" יש סוג לא ידוע "%2"</translation>
    </message>
    <message>
      <source>the build info has no version</source>
      <translation>בפרטי ה-build אין גרסה</translation>
    </message>
    <message>
      <source>Prometheus sent an answer that cannot be read: %1</source>
      <translation>Prometheus שלח תשובה שלא ניתן לקרוא: %1</translation>
    </message>
    <message>
      <source>Check that the URL points at a Prometheus-compatible API (…/api/v1).</source>
      <translation>ודאו שכתובת ה-URL מפנה ל-API תואם Prometheus (…/api/v1).</translation>
    </message>
    <message>
      <source>the body is empty (HTTP %1)</source>
      <translation>גוף התשובה ריק (HTTP %1)</translation>
    </message>
    <message>
      <source>Prometheus answered HTTP %1 without a Prometheus error body.</source>
      <translation>Prometheus ענה HTTP %1 ללא גוף שגיאה של Prometheus.</translation>
    </message>
    <message>
      <source>Check the URL and that Prometheus is running behind it.</source>
      <translation>בדקו את כתובת ה-URL ושאכן Prometheus פועל מאחוריה.</translation>
    </message>
    <message>
      <source>not JSON (%1)</source>
      <translation>לא JSON (%1)</translation>
    </message>
    <message>
      <source>the answer is not a JSON object</source>
      <translation>התשובה אינה אובייקט JSON</translation>
    </message>
    <message>
      <source>the "status" field is missing</source>
      <translation>השדה "status" חסר</translation>
    </message>
    <message>
      <source>unknown status "%1"</source>
      <translation>סטטוס לא ידוע "%1"</translation>
    </message>
    <message>
      <source>the "data" field is missing</source>
      <translation>השדה "data" חסר</translation>
    </message>
  </context>
  <context>
    <name>lcl::metrics::PromSample</name>
    <message>
      <source>undefined</source>
      <translation>לא מוגדר</translation>
    </message>
    <message>
      <source>undefined (+Inf)</source>
      <translation>לא מוגדר (+Inf)</translation>
    </message>
    <message>
      <source>undefined (-Inf)</source>
      <translation>לא מוגדר (-Inf)</translation>
    </message>
  </context>
  <context>
    <name>lcl::metrics::PrometheusClientEndpoint</name>
    <message>
      <source>“%1” is not an http or https address</source>
      <translation>“%1” אינה כתובת http או https</translation>
    </message>
    <message>
      <source>Write it like http://prometheus.example:9090</source>
      <translation>כתבו אותה בצורה http://prometheus.example:9090</translation>
    </message>
    <message>
      <source>“%1” is not a service address</source>
      <translation>“%1” אינה כתובת שירות</translation>
    </message>
    <message>
      <source>Write it as namespace/service:port, for example monitoring/prometheus:9090</source>
      <translation>כתבו אותה בצורה namespace/service:port, לדוגמה monitoring/prometheus:9090</translation>
    </message>
    <message>
      <source>No cluster is connected to reach %1 through</source>
      <translation>אין אשכול מחובר שדרכו ניתן להגיע אל %1</translation>
    </message>
    <message>
      <source>Connect to a cluster first, or give Prometheus' URL instead</source>
      <translation>התחברו תחילה לאשכול, או ציינו במקום זאת את כתובת ה-URL של Prometheus</translation>
    </message>
    <message>
      <source>%1/%2 through the API server of %3</source>
      <translation>%1/%2 דרך שרת ה-API של %3</translation>
    </message>
  </context>
  <context>
    <name>lcl::metrics::PrometheusClientError</name>
    <message>
      <source>%1 at %2 cannot be reached</source>
      <translation>לא ניתן להגיע אל %1 בכתובת %2</translation>
    </message>
    <message>
      <source>Check that %1 is running and that the address is right; the console retries on the next refresh.</source>
      <translation>ודאו ש-%1 פועל ושהכתובת נכונה; הקונסולה תנסה שוב ברענון הבא.</translation>
    </message>
    <message>
      <source>%1 at %2 did not answer in time</source>
      <translation>%1 בכתובת %2 לא ענה בזמן</translation>
    </message>
    <message>
      <source>%1 may be overloaded; try a shorter time range or a longer refresh interval.</source>
      <translation>ייתכן ש-%1 עמוס; נסו טווח זמן קצר יותר או מרווח רענון ארוך יותר.</translation>
    </message>
    <message>
      <source>The API server did not accept the credentials</source>
      <translation>שרת ה-API לא קיבל את פרטי ההזדהות</translation>
    </message>
    <message>
      <source>Log in again or refresh the kubeconfig.</source>
      <translation>התחברו מחדש או רעננו את ה-kubeconfig.</translation>
    </message>
    <message>
      <source>Not allowed to reach %1 through the API server</source>
      <translation>אין הרשאה להגיע אל %1 דרך שרת ה-API</translation>
    </message>
    <message>
      <source>Reading through the service proxy needs get (and, for POST, create) on services/proxy.</source>
      <translation>קריאה דרך ה-service proxy מחייבת הרשאת get (ועבור POST גם create) על services/proxy.</translation>
    </message>
    <message>
      <source>The service %1 does not exist</source>
      <translation>השירות %1 אינו קיים</translation>
    </message>
    <message>
      <source>Check the namespace, service name and port.</source>
      <translation>בדקו את מרחב השמות, את שם השירות ואת הפורט.</translation>
    </message>
    <message>
      <source>The API server could not reach %1</source>
      <translation>שרת ה-API לא הצליח להגיע אל %1</translation>
    </message>
    <message>
      <source>The service may have no ready pods (no endpoints); check its pods.</source>
      <translation>ייתכן שלשירות אין Pods מוכנים (אין endpoints); בדקו את ה-Pods שלו.</translation>
    </message>
    <message>
      <source>%1 does not know it: %2</source>
      <translation>%1 אינו מכיר אותו: %2</translation>
    </message>
    <message>
      <source>It may have expired and been removed already; refresh the list.</source>
      <translation>ייתכן שתוקפו פג והוא כבר הוסר; רעננו את הרשימה.</translation>
    </message>
    <message>
      <source>%1 rejected the request: %2</source>
      <translation>%1 דחה את הבקשה: %2</translation>
    </message>
    <message>
      <source>Check the values entered.</source>
      <translation>בדקו את הערכים שהוזנו.</translation>
    </message>
    <message>
      <source>%1 at %2 has no such API</source>
      <translation>ל-%1 בכתובת %2 אין API כזה</translation>
    </message>
    <message>
      <source>Check that the address points at %1 and not at another server.</source>
      <translation>ודאו שהכתובת מפנה אל %1 ולא לשרת אחר.</translation>
    </message>
    <message>
      <source>%1 at %2 refused access</source>
      <translation>%1 בכתובת %2 סירב לגישה</translation>
    </message>
    <message>
      <source>Check the credentials for this endpoint.</source>
      <translation>בדקו את פרטי ההזדהות עבור נקודת קצה זו.</translation>
    </message>
    <message>
      <source>%1 at %2 answered HTTP %3</source>
      <translation>%1 בכתובת %2 ענה HTTP %3</translation>
    </message>
    <message>
      <source>Look at %1's log for the cause.</source>
      <translation>עיינו ביומן של %1 כדי לברר את הסיבה.</translation>
    </message>
    <message>
      <source>The time range has too many points for Prometheus</source>
      <translation>בטווח הזמן יש יותר מדי נקודות עבור Prometheus</translation>
    </message>
    <message>
      <source>Choose a shorter range or a coarser step (at most 11,000 points per series).</source>
      <translation>בחרו טווח קצר יותר או צעד גס יותר (עד 11,000 נקודות לכל סדרה).</translation>
    </message>
    <message>
      <source>Prometheus rejected the query: %1</source>
      <translation>Prometheus דחה את השאילתה: %1</translation>
    </message>
    <message>
      <source>Check the PromQL of this signal (in the lab profile, if it comes from there).</source>
      <translation>בדקו את ה-PromQL של אות זה (בפרופיל המעבדה, אם הוא מגיע משם).</translation>
    </message>
    <message>
      <source>Prometheus could not evaluate the query: %1</source>
      <translation>Prometheus לא הצליח לחשב את השאילתה: %1</translation>
    </message>
    <message>
      <source>The query is valid but failed on the data, e.g. duplicate series on one side of a division; check the labels the profile groups by.</source>
      <translation>השאילתה תקינה אך נכשלה על הנתונים, למשל סדרות כפולות באחד מצדי החילוק; בדקו את התוויות שלפיהן הפרופיל מקבץ.</translation>
    </message>
    <message>
      <source>Prometheus at %1 gave up on the query in time</source>
      <translation>Prometheus בכתובת %1 הפסיק את השאילתה כי חרגה מהזמן הקצוב</translation>
    </message>
    <message>
      <source>Try a shorter time range, or raise Prometheus' --query.timeout.</source>
      <translation>נסו טווח זמן קצר יותר, או הגדילו את --query.timeout של Prometheus.</translation>
    </message>
    <message>
      <source>Prometheus cancelled the query</source>
      <translation>Prometheus ביטל את השאילתה</translation>
    </message>
    <message>
      <source>Prometheus at %1 is not ready</source>
      <translation>Prometheus בכתובת %1 אינו מוכן</translation>
    </message>
    <message>
      <source>It may still be starting or replaying its write-ahead log; wait a moment.</source>
      <translation>ייתכן שהוא עדיין בתהליך הפעלה או משחזר את ה-write-ahead log שלו; המתינו רגע.</translation>
    </message>
    <message>
      <source>Prometheus at %1 does not know this API</source>
      <translation>Prometheus בכתובת %1 אינו מכיר API זה</translation>
    </message>
    <message>
      <source>The server may be an older or a partial Prometheus-compatible API.</source>
      <translation>ייתכן שהשרת הוא API ישן יותר או חלקי התואם ל-Prometheus.</translation>
    </message>
    <message>
      <source>Prometheus at %1 failed: %2</source>
      <translation>Prometheus בכתובת %1 נכשל: %2</translation>
    </message>
    <message>
      <source>Look at Prometheus' log for the cause.</source>
      <translation>עיינו ביומן של Prometheus כדי לברר את הסיבה.</translation>
    </message>
  </context>
  <context>
    <name>lcl::metrics::PrometheusDiscovery</name>
    <message>
      <source>the address you gave, %1</source>
      <translation>הכתובת שציינתם, %1</translation>
    </message>
    <message>
      <source>Reading the address you gave, “%1”</source>
      <translation>קורא את הכתובת שציינתם, “%1”</translation>
    </message>
    <message>
      <source>Reaching %1 through the API server</source>
      <translation>מתחבר אל %1 דרך שרת ה-API</translation>
    </message>
    <message>
      <source>No cluster is connected.</source>
      <translation>אין אשכול מחובר.</translation>
    </message>
    <message>
      <source>the service %1 you gave</source>
      <translation>השירות %1 שציינתם</translation>
    </message>
    <message>
      <source>Reading the service address “%1”</source>
      <translation>קורא את כתובת השירות “%1”</translation>
    </message>
    <message>
      <source>Searching the cluster for Prometheus services</source>
      <translation>מחפש באשכול שירותי Prometheus</translation>
    </message>
    <message>
      <source>Asking %1 for `up`</source>
      <translation>שואל את %1 על `up`</translation>
    </message>
    <message>
      <source>Prometheus answers, but scrapes no targets yet.</source>
      <translation>Prometheus עונה, אך עדיין אינו אוסף מדדים מאף יעד.</translation>
    </message>
    <message numerus="yes">
      <source>Prometheus answers: %n target(s)</source>
      <translation>
        <numerusform>Prometheus עונה: %n יעד</numerusform>
        <numerusform>Prometheus עונה: %n יעדים</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>, %n up.</source>
      <translation>
        <numerusform>, %n פעיל.</numerusform>
        <numerusform>, %n פעילים.</numerusform>
      </translation>
    </message>
    <message>
      <source>Searching the cluster for services labelled %1</source>
      <translation>מחפש באשכול שירותים עם התווית %1</translation>
    </message>
    <message>
      <source>The API server answered HTTP %1</source>
      <translation>שרת ה-API ענה HTTP %1</translation>
    </message>
    <message>
      <source>The API server's answer could not be read.</source>
      <translation>לא ניתן היה לקרוא את התשובה של שרת ה-API.</translation>
    </message>
    <message>
      <source>No such service.</source>
      <translation>אין שירות כזה.</translation>
    </message>
    <message numerus="yes">
      <source>Found %n candidate(s): </source>
      <translation>
        <numerusform>נמצא %n מועמד: </numerusform>
        <numerusform>נמצאו %n מועמדים: </numerusform>
      </translation>
    </message>
    <message>
      <source>Using Prometheus at %1</source>
      <translation>משתמש ב-Prometheus בכתובת %1</translation>
    </message>
    <message>
      <source>No Prometheus found: give its address (URL or namespace/service:port) in the settings. Health and traffic stay empty until then.</source>
      <translation>לא נמצא Prometheus: ציינו את הכתובת שלו (URL או namespace/service:port) בהגדרות. עד אז, התקינות והתעבורה יישארו ריקות.</translation>
    </message>
  </context>
  <context>
    <name>lcl::net::CurlError</name>
    <message>
      <source>Could not connect to %1</source>
      <translation>לא ניתן להתחבר אל %1</translation>
    </message>
    <message>
      <source>Is the cluster running? Check the server address in the kubeconfig and that nothing blocks the port.</source>
      <translation>האם האשכול פועל? בדקו את כתובת השרת ב-kubeconfig ושדבר אינו חוסם את הפורט.</translation>
    </message>
    <message>
      <source>Could not resolve the host name %1</source>
      <translation>לא ניתן לפענח את שם המארח %1</translation>
    </message>
    <message>
      <source>Check the server address in the kubeconfig and your DNS settings.</source>
      <translation>בדקו את כתובת השרת ב-kubeconfig ואת הגדרות ה-DNS שלכם.</translation>
    </message>
    <message>
      <source>Could not resolve the proxy host</source>
      <translation>לא ניתן לפענח את מארח ה-proxy</translation>
    </message>
    <message>
      <source>Check proxy-url in the kubeconfig or the http(s)_proxy variables.</source>
      <translation>בדקו את proxy-url ב-kubeconfig או את המשתנים http(s)_proxy.</translation>
    </message>
    <message>
      <source>%1 sent nothing for %2 s</source>
      <translation>%1 לא שלח דבר במשך %2 s</translation>
    </message>
    <message>
      <source>The connection may have stalled; it will be opened again.</source>
      <translation>ייתכן שהחיבור נתקע; הוא ייפתח מחדש.</translation>
    </message>
    <message>
      <source>%1 did not answer within %2 s</source>
      <translation>%1 לא ענה תוך %2 s</translation>
    </message>
    <message>
      <source>The server may be overloaded or unreachable. Try again, or raise the timeout.</source>
      <translation>ייתכן שהשרת עמוס או שאינו נגיש. נסו שוב, או הגדילו את הזמן הקצוב.</translation>
    </message>
    <message>
      <source>The server certificate of %1 could not be verified</source>
      <translation>לא ניתן היה לאמת את אישור השרת של %1</translation>
    </message>
    <message>
      <source>Check certificate-authority(-data) and tls-server-name in the kubeconfig; the CA must be the one that signed the cluster's serving certificate.</source>
      <translation>בדקו את certificate-authority(-data) ואת tls-server-name ב-kubeconfig; רשות האישורים (CA) חייבת להיות זו שחתמה על אישור השרת של האשכול.</translation>
    </message>
    <message>
      <source>The certificate authority for %1 could not be loaded</source>
      <translation>לא ניתן היה לטעון את רשות האישורים עבור %1</translation>
    </message>
    <message>
      <source>certificate-authority-data must hold PEM certificates.</source>
      <translation>certificate-authority-data חייב להכיל אישורי PEM.</translation>
    </message>
    <message>
      <source>The client certificate for %1 could not be used</source>
      <translation>לא ניתן היה להשתמש באישור הלקוח עבור %1</translation>
    </message>
    <message>
      <source>Check client-certificate(-data) in the kubeconfig: it must be PEM.</source>
      <translation>בדקו את client-certificate(-data) ב-kubeconfig: הוא חייב להיות בפורמט PEM.</translation>
    </message>
    <message>
      <source>The connection to %1 was closed unexpectedly</source>
      <translation>החיבור אל %1 נסגר באופן בלתי צפוי</translation>
    </message>
    <message>
      <source>The server closed the connection before TLS was set up; it may have crashed or be restarting. Try again.</source>
      <translation>השרת סגר את החיבור לפני שהוקם TLS; ייתכן שהוא קרס או שהוא מופעל מחדש. נסו שוב.</translation>
    </message>
    <message>
      <source>The TLS handshake with %1 failed</source>
      <translation>לחיצת היד של TLS עם %1 נכשלה</translation>
    </message>
    <message>
      <source>The server may require a client certificate, or the client key may not match its certificate. Check client-certificate and client-key in the kubeconfig.</source>
      <translation>ייתכן שהשרת דורש אישור לקוח, או שמפתח הלקוח אינו תואם לאישור שלו. בדקו את client-certificate ואת client-key ב-kubeconfig.</translation>
    </message>
    <message>
      <source>The address %1 is not a valid https URL</source>
      <translation>הכתובת %1 אינה כתובת URL תקינה מסוג https</translation>
    </message>
    <message>
      <source>Check the server field in the kubeconfig.</source>
      <translation>בדקו את השדה server ב-kubeconfig.</translation>
    </message>
    <message>
      <source>%1 ended the TLS connection</source>
      <translation>%1 סיים את חיבור ה-TLS</translation>
    </message>
    <message>
      <source>The server may require a client certificate that it accepts. Check client-certificate and client-key in the kubeconfig.</source>
      <translation>ייתכן שהשרת דורש אישור לקוח שהוא מקבל. בדקו את client-certificate ואת client-key ב-kubeconfig.</translation>
    </message>
    <message>
      <source>The server or a proxy in between dropped the connection. Try again.</source>
      <translation>השרת, או proxy בדרך אליו, ניתק את החיבור. נסו שוב.</translation>
    </message>
    <message>
      <source>The proxy refused the connection to %1</source>
      <translation>ה-proxy סירב לחיבור אל %1</translation>
    </message>
    <message>
      <source>The request to %1 failed: %2</source>
      <translation>הבקשה אל %1 נכשלה: %2</translation>
    </message>
    <message>
      <source>Check the network connection to the cluster.</source>
      <translation>בדקו את חיבור הרשת לאשכול.</translation>
    </message>
    <message>
      <source>Could not start a network request</source>
      <translation>לא ניתן היה להתחיל בקשת רשת</translation>
    </message>
  </context>
  <context>
    <name>lcl::net::HttpClient</name>
    <message>
      <source>A blocking request was made on the network thread</source>
      <translation>בוצעה בקשה חוסמת בתהליכון הרשת</translation>
    </message>
    <message>
      <source>The request was cancelled</source>
      <translation>הבקשה בוטלה</translation>
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
      <translation>מאז %1</translation>
    </message>
  </context>
  <context>
    <name>lcl::widgets::EventsPage</name>
    <message>
      <source>Filter by reason, message, object or namespace</source>
      <translation>סינון לפי סיבה, הודעה, אובייקט או מרחב שמות</translation>
    </message>
    <message>
      <source>Event filter</source>
      <translation>מסנן אירועים</translation>
    </message>
    <message>
      <source>Event type</source>
      <translation>סוג אירוע</translation>
    </message>
    <message>
      <source>All types</source>
      <translation>כל הסוגים</translation>
    </message>
    <message>
      <source>Warnings</source>
      <translation>אזהרות</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>רגיל</translation>
    </message>
    <message>
      <source>Group by object</source>
      <translation>קיבוץ לפי אובייקט</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>אירועים</translation>
    </message>
    <message>
      <source>%1 of %2 events, %3 warnings</source>
      <translation>%1 מתוך %2 אירועים, %3 אזהרות</translation>
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
      <translation>קונטיינר</translation>
    </message>
    <message>
      <source>Previous container</source>
      <translation>הקונטיינר הקודם</translation>
    </message>
    <message>
      <source>Follow</source>
      <translation>מעקב</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>השהיה</translation>
    </message>
    <message>
      <source>Stop updating the view; lines keep arriving and appear on resume</source>
      <translation>הפסקת עדכון התצוגה; השורות ממשיכות להגיע ויוצגו עם החידוש</translation>
    </message>
    <message>
      <source>keep </source>
      <translation>עד </translation>
    </message>
    <message>
      <source> lines</source>
      <translation> שורות</translation>
    </message>
    <message>
      <source>Lines kept in memory</source>
      <translation>שורות שנשמרות בזיכרון</translation>
    </message>
    <message>
      <source>Copy as kubectl</source>
      <translation>העתקה כפקודת ⁨kubectl⁩</translation>
    </message>
    <message>
      <source>Pod:</source>
      <translation>Pod:</translation>
    </message>
    <message>
      <source>Container:</source>
      <translation>קונטיינר:</translation>
    </message>
    <message>
      <source>Search (Enter: next match, Shift+Enter: previous)</source>
      <translation>חיפוש (Enter: ההתאמה הבאה, Shift+Enter: הקודמת)</translation>
    </message>
    <message>
      <source>Log lines</source>
      <translation>שורות יומן</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>המשך</translation>
    </message>
    <message>
      <source>Logs: %1</source>
      <translation>יומנים: %1</translation>
    </message>
    <message>
      <source>All pods (%1)</source>
      <translation>כל ה-Pods (%1)</translation>
    </message>
    <message>
      <source>No cluster is connected.</source>
      <translation>אין אשכול מחובר.</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
      <source>%n line(s)</source>
      <translation>
        <numerusform>%n שורה</numerusform>
        <numerusform>%n שורות</numerusform>
      </translation>
    </message>
    <message>
      <source>, %1 older lines dropped (keeping %2)</source>
      <translation>, %1 שורות ישנות הושמטו (נשמרות %2)</translation>
    </message>
    <message numerus="yes">
      <source> · paused, %n new line(s) waiting</source>
      <translation>
        <numerusform> · מושהה, %n שורה חדשה ממתינה</numerusform>
        <numerusform> · מושהה, %n שורות חדשות ממתינות</numerusform>
      </translation>
    </message>
    <message>
      <source> · following</source>
      <translation> · במעקב</translation>
    </message>
    <message numerus="yes">
      <source>%n matching line(s)</source>
      <translation>
        <numerusform>%n שורה תואמת</numerusform>
        <numerusform>%n שורות תואמות</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 (deleted)</source>
      <translation>⁨%1⁩ (נמחק)</translation>
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
      <translation>תצוגות</translation>
    </message>
    <message>
      <source>Start the demo lab</source>
      <translation>הפעלת מעבדת ההדגמה</translation>
    </message>
    <message>
      <source>Open a kubeconfig…</source>
      <translation>פתיחת kubeconfig…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;קובץ</translation>
    </message>
    <message>
      <source>Open &amp;kubeconfig…</source>
      <translation>פתיחת &amp;kubeconfig…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;יציאה</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;תצוגה</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;עזרה</translation>
    </message>
    <message>
      <source>&amp;About LocalCloudLab Console</source>
      <translation>&amp;אודות LocalCloudLab Console</translation>
    </message>
    <message>
      <source>Connection</source>
      <translation>חיבור</translation>
    </message>
    <message>
      <source>Context:</source>
      <translation>הקשר:</translation>
    </message>
    <message>
      <source>Kubernetes context</source>
      <translation>הקשר Kubernetes</translation>
    </message>
    <message>
      <source>Namespace:</source>
      <translation>מרחב שמות:</translation>
    </message>
    <message>
      <source>Namespace filter</source>
      <translation>מסנן מרחב שמות</translation>
    </message>
    <message>
      <source>Kubernetes API</source>
      <translation>API של Kubernetes</translation>
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
      <translation>אין הקשר kubeconfig</translation>
    </message>
    <message>
      <source>All namespaces</source>
      <translation>כל מרחבי השמות</translation>
    </message>
    <message>
      <source>About LocalCloudLab Console</source>
      <translation>אודות LocalCloudLab Console</translation>
    </message>
    <message>
      <source>&lt;h3&gt;LocalCloudLab Console %1&lt;/h3&gt;&lt;p&gt;A native console for LocalCloudLab k3s platforms: topology, live traffic, alerts, runbooks and safe guided changes in one window.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;LocalCloudLab Console %1&lt;/h3&gt;&lt;p&gt;קונסולה מקורית לפלטפורמות k3s של LocalCloudLab: טופולוגיה, תעבורה חיה, התראות, runbooks ושינויים מודרכים ובטוחים, בחלון אחד.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>lcl::widgets::MetricChart</name>
    <message>
      <source>%1 — no data in this range</source>
      <translation>%1 — אין נתונים בטווח זה</translation>
    </message>
    <message>
      <source>%1 — loading from Prometheus…</source>
      <translation>%1 — נטען מ־Prometheus…</translation>
    </message>
  </context>
  <context>
    <name>lcl::widgets::OverviewPage</name>
    <message>
      <source>Nodes</source>
      <translation>צמתים</translation>
    </message>
    <message>
      <source>Pods</source>
      <translation>Pods</translation>
    </message>
    <message>
      <source>Services</source>
      <translation>שירותים</translation>
    </message>
    <message>
      <source>Firing alerts</source>
      <translation>התראות פעילות</translation>
    </message>
    <message>
      <source>&lt;b&gt;Recent warnings&lt;/b&gt;</source>
      <translation>&lt;b&gt;אזהרות אחרונות&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Recent warning events</source>
      <translation>אירועי אזהרה אחרונים</translation>
    </message>
    <message>
      <source>all ready</source>
      <translation>כולם מוכנים</translation>
    </message>
    <message>
      <source>%1 ready</source>
      <translation>%1 מוכנים</translation>
    </message>
    <message>
      <source>%1 healthy</source>
      <translation>%1 תקינים</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>לא ידוע</translation>
    </message>
    <message>
      <source>no Prometheus or Alertmanager connected</source>
      <translation>אין Prometheus או Alertmanager מחוברים</translation>
    </message>
    <message>
      <source>all quiet</source>
      <translation>הכול שקט</translation>
    </message>
    <message>
      <source>firing now</source>
      <translation>פעילות כעת</translation>
    </message>
    <message>
      <source>not answering</source>
      <translation>אין מענה</translation>
    </message>
    <message>
      <source>waiting for %1</source>
      <translation>ממתין ל-⁨%1⁩</translation>
    </message>
    <message>
      <source>last known, not answering</source>
      <translation>ידוע לאחרונה, אין מענה</translation>
    </message>
    <message>
      <source>%1 running</source>
      <translation>⁨%1⁩ פועלים</translation>
    </message>
    <message>
      <source>%1 pending</source>
      <translation>⁨%1⁩ ממתינים</translation>
    </message>
    <message>
      <source>%1 succeeded</source>
      <translation>⁨%1⁩ הסתיימו בהצלחה</translation>
    </message>
    <message>
      <source>%1 failed</source>
      <translation>⁨%1⁩ נכשלו</translation>
    </message>
    <message>
      <source>%1 in unknown phase</source>
      <translation>⁨%1⁩ במצב לא ידוע</translation>
    </message>
  </context>
  <context>
    <name>lcl::widgets::ServiceChartsWidget</name>
    <message>
      <source>Time range</source>
      <translation>טווח זמן</translation>
    </message>
    <message>
      <source>Last 15 minutes</source>
      <translation>15 הדקות האחרונות</translation>
    </message>
    <message>
      <source>Last hour</source>
      <translation>השעה האחרונה</translation>
    </message>
    <message>
      <source>Last 6 hours</source>
      <translation>6 השעות האחרונות</translation>
    </message>
    <message>
      <source>Last 24 hours</source>
      <translation>24 השעות האחרונות</translation>
    </message>
    <message>
      <source>&lt;b&gt;Traffic&lt;/b&gt;</source>
      <translation>&lt;b&gt;תעבורה&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Requests</source>
      <translation>בקשות</translation>
    </message>
    <message>
      <source>req/s</source>
      <translation>בקשות/s</translation>
    </message>
    <message>
      <source>rate</source>
      <translation>קצב</translation>
    </message>
    <message>
      <source>Errors</source>
      <translation>שגיאות</translation>
    </message>
    <message>
      <source>% of requests</source>
      <translation>% מהבקשות</translation>
    </message>
    <message>
      <source>errors</source>
      <translation>שגיאות</translation>
    </message>
    <message>
      <source>Latency</source>
      <translation>השהיה</translation>
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
      <translation>אין מקור מדדים: חברו את Prometheus כדי לראות תרשימים.</translation>
    </message>
    <message>
      <source>from the metrics refreshes this console received</source>
      <translation>מתוך רענוני המדדים שהקונסולה הזו קיבלה</translation>
    </message>
    <message>
      <source>Loading from Prometheus</source>
      <translation>נטען מ־Prometheus</translation>
    </message>
    <message>
      <source>From Prometheus, one point every %1</source>
      <translation>מ־Prometheus, נקודה כל ⁨%1⁩</translation>
    </message>
    <message>
      <source>Asking Prometheus; meanwhile showing what this console recorded since %1</source>
      <translation>שואלים את Prometheus; בינתיים מוצג מה שהמסוף הזה הקליט מאז ⁨%1⁩</translation>
    </message>
    <message>
      <source>Asking Prometheus for the whole range…</source>
      <translation>שואלים את Prometheus על הטווח כולו…</translation>
    </message>
    <message>
      <source>Showing what this console recorded since %1; Prometheus did not answer: %2</source>
      <translation>מוצג מה שהמסוף הזה הקליט מאז ⁨%1⁩; Prometheus לא ענה: ⁨%2⁩</translation>
    </message>
    <message>
      <source>Prometheus did not answer: %1</source>
      <translation>Prometheus לא ענה: ⁨%1⁩</translation>
    </message>
    <message>
      <source>Showing what this console recorded since %1</source>
      <translation>מוצג מה שהמסוף הזה הקליט מאז ⁨%1⁩</translation>
    </message>
    <message>
      <source>Showing what this console recorded since %1; %2</source>
      <translation>מוצג מה שהמסוף הזה הקליט מאז ⁨%1⁩; %2</translation>
    </message>
    <message>
      <source>Nothing recorded in this range yet; %1</source>
      <translation>בטווח הזה עוד לא הוקלט דבר; %1</translation>
    </message>
  </context>
  <context>
    <name>lcl::widgets::ServiceDetailPage</name>
    <message>
      <source>Logs</source>
      <translation>יומנים</translation>
    </message>
    <message>
      <source>YAML</source>
      <translation>YAML</translation>
    </message>
    <message>
      <source>Copy as kubectl</source>
      <translation>העתקה כפקודת ⁨kubectl⁩</translation>
    </message>
    <message>
      <source>Pods of the service</source>
      <translation>ה-Pods של השירות</translation>
    </message>
    <message>
      <source>Events of the service</source>
      <translation>האירועים של השירות</translation>
    </message>
    <message>
      <source>&lt;span style='font-size:15pt; font-weight:600'&gt;%1&lt;/span&gt;</source>
      <translation>&lt;span style='font-size:15pt; font-weight:600'&gt;%1&lt;/span&gt;</translation>
    </message>
    <message>
      <source>No service selected</source>
      <translation>לא נבחר שירות</translation>
    </message>
    <message>
      <source>Choose a service on the overview or in the list.</source>
      <translation>בחרו שירות בסקירה הכללית או ברשימה.</translation>
    </message>
    <message>
      <source>This service is not known to the profile or the cluster.</source>
      <translation>שירות זה אינו מוכר לפרופיל או לאשכול.</translation>
    </message>
    <message>
      <source>&lt;span style='font-size:15pt; font-weight:600'&gt;%1&lt;/span&gt; &lt;span style='color:#5f6b7a'&gt;%2 · namespace %3&lt;/span&gt;</source>
      <translation>&lt;span style='font-size:15pt; font-weight:600'&gt;%1&lt;/span&gt; &lt;span style='color:#5f6b7a'&gt;%2 · מרחב השמות %3&lt;/span&gt;</translation>
    </message>
    <message>
      <source>&lt;span style='color:%1; font-weight:600'&gt;● %2&lt;/span&gt; — %3 &amp;nbsp;·&amp;nbsp; ready %4/%5 · rate %6 · errors %7 · p95 %8</source>
      <translation>&lt;span style='color:%1; font-weight:600'&gt;● %2&lt;/span&gt; — %3 &amp;nbsp;·&amp;nbsp; מוכנים %4/%5 · קצב %6 · שגיאות %7 · p95 %8</translation>
    </message>
    <message>
      <source>%1: not found in the cluster</source>
      <translation>%1: לא נמצא באשכול</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>לא ידוע</translation>
    </message>
    <message>
      <source>%1 → %2 replicas (min %3, max %4, wants %5)</source>
      <translation>%1: %2 רפליקות (מינימום %3, מקסימום %4, רצוי %5)</translation>
    </message>
    <message>
      <source> · &lt;b&gt;at its maximum&lt;/b&gt;</source>
      <translation> · &lt;b&gt;במקסימום&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Autoscaling&lt;/b&gt;&lt;br/&gt;%1</source>
      <translation>&lt;b&gt;שינוי קנה מידה אוטומטי&lt;/b&gt;&lt;br/&gt;%1</translation>
    </message>
    <message>
      <source>no HorizontalPodAutoscaler</source>
      <translation>אין HorizontalPodAutoscaler</translation>
    </message>
    <message>
      <source>&lt;b&gt;Routes&lt;/b&gt;&lt;br/&gt;%1&lt;br/&gt;&lt;b&gt;Depends on&lt;/b&gt;&lt;br/&gt;%2&lt;br/&gt;&lt;b&gt;Used by&lt;/b&gt;&lt;br/&gt;%3</source>
      <translation>&lt;b&gt;נתיבים&lt;/b&gt;&lt;br/&gt;%1&lt;br/&gt;&lt;b&gt;תלויות&lt;/b&gt;&lt;br/&gt;%2&lt;br/&gt;&lt;b&gt;בשימוש על ידי&lt;/b&gt;&lt;br/&gt;%3</translation>
    </message>
    <message>
      <source>none</source>
      <translation>אין</translation>
    </message>
    <message>
      <source>nothing</source>
      <translation>אין</translation>
    </message>
  </context>
  <context>
    <name>lcl::widgets::ServiceTileDelegate</name>
    <message>
      <source>%1 · %2 · replicas ready</source>
      <translation>%1 · %2 · רפליקות מוכנות</translation>
    </message>
    <message>
      <source>rate</source>
      <translation>קצב</translation>
    </message>
    <message>
      <source>errors</source>
      <translation>שגיאות</translation>
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
      <translation>שירותים</translation>
    </message>
  </context>
  <context>
    <name>lcl::widgets::TopologyEdgeItem</name>
    <message>
      <source>%1%</source>
      <translation>%1%</translation>
    </message>
  </context>
  <context>
    <name>lcl::widgets::TopologyLegend</name>
    <message>
      <source>Topology legend</source>
      <translation>מקרא הטופולוגיה</translation>
    </message>
    <message>
      <source>Route / gateway</source>
      <translation>נתיב / שער</translation>
    </message>
    <message>
      <source>Selector</source>
      <translation>Selector</translation>
    </message>
    <message>
      <source>Dependency, no data</source>
      <translation>תלות, אין נתונים</translation>
    </message>
    <message>
      <source>Traffic: width = requests/s, colour = errors (&lt; 1 %, &lt; 5 %, ≥ 5 %)</source>
      <translation>תעבורה: עובי = בקשות/s, צבע = שגיאות (&lt; 1 %, &lt; 5 %, ≥ 5 %)</translation>
    </message>
  </context>
  <context>
    <name>lcl::widgets::TopologyNodeItem</name>
    <message>
      <source> in namespace %1</source>
      <translation> במרחב השמות %1</translation>
    </message>
    <message>
      <source>Health: %1</source>
      <translation>תקינות: %1</translation>
    </message>
    <message>
      <source>Pods: %1 of %2 ready</source>
      <translation>Pods: %1 מתוך %2 מוכנים</translation>
    </message>
    <message>
      <source>Double-click or press Enter to open</source>
      <translation>לחצו פעמיים או הקישו Enter כדי לפתוח</translation>
    </message>
  </context>
  <context>
    <name>lcl::widgets::TopologyPage</name>
    <message>
      <source>Only unhealthy</source>
      <translation>רק לא תקינים</translation>
    </message>
    <message>
      <source>Show pods</source>
      <translation>הצגת Pods</translation>
    </message>
    <message>
      <source>Search nodes (Ctrl+F)</source>
      <translation>חיפוש צמתים (Ctrl+F)</translation>
    </message>
    <message>
      <source>Namespace filter</source>
      <translation>מסנן מרחב שמות</translation>
    </message>
    <message>
      <source>Show only nodes with a warning or a problem, with their neighbours</source>
      <translation>הצגת צמתים עם אזהרה או בעיה בלבד, יחד עם שכניהם</translation>
    </message>
    <message>
      <source>Expand each workload's pods into groups by state</source>
      <translation>פריסת ה-Pods של כל עומס עבודה לקבוצות לפי מצב</translation>
    </message>
    <message>
      <source>Fit</source>
      <translation>התאמה</translation>
    </message>
    <message>
      <source>Fit the graph to the window (F)</source>
      <translation>התאמת הגרף לחלון (F)</translation>
    </message>
    <message>
      <source>Zoom in (Ctrl++)</source>
      <translation>הגדלה (Ctrl++)</translation>
    </message>
    <message>
      <source>Zoom out (Ctrl+-)</source>
      <translation>הקטנה (Ctrl+-)</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>ייצוא</translation>
    </message>
    <message>
      <source>As PNG image…</source>
      <translation>כתמונת PNG…</translation>
    </message>
    <message>
      <source>As SVG drawing…</source>
      <translation>כשרטוט SVG…</translation>
    </message>
    <message>
      <source>All namespaces</source>
      <translation>כל מרחבי השמות</translation>
    </message>
    <message>
      <source>%1 of %2 pods ready</source>
      <translation>%1 מתוך %2 Pods מוכנים</translation>
    </message>
    <message>
      <source>Nodes: %1</source>
      <translation>צמתים: %1</translation>
    </message>
    <message>
      <source>Edges: %1</source>
      <translation>קשתות: %1</translation>
    </message>
    <message>
      <source>Search matches: %1</source>
      <translation>התאמות לחיפוש: %1</translation>
    </message>
    <message>
      <source>PNG image (*.png)</source>
      <translation>תמונת PNG (*.png)</translation>
    </message>
    <message>
      <source>SVG drawing (*.svg)</source>
      <translation>שרטוט SVG (*.svg)</translation>
    </message>
    <message>
      <source>Export topology</source>
      <translation>ייצוא טופולוגיה</translation>
    </message>
  </context>
  <context>
    <name>lcl::widgets::TopologyView</name>
    <message>
      <source>Topology graph</source>
      <translation>גרף טופולוגיה</translation>
    </message>
    <message>
      <source>Laying out the graph…</source>
      <translation>מסדר את פריסת הגרף…</translation>
    </message>
    <message>
      <source>No topology yet: connect to a cluster or start the demo lab.</source>
      <translation>אין עדיין טופולוגיה: התחברו לאשכול או הפעילו את מעבדת ההדגמה.</translation>
    </message>
    <message>
      <source>No node matches the filters.</source>
      <translation>אף צומת אינו תואם למסננים.</translation>
    </message>
    <message>
      <source>There is no graph to export.</source>
      <translation>אין גרף לייצוא.</translation>
    </message>
    <message>
      <source>Could not write %1.</source>
      <translation>לא ניתן היה לכתוב את %1.</translation>
    </message>
    <message>
      <source>LocalCloudLab topology</source>
      <translation>טופולוגיית LocalCloudLab</translation>
    </message>
    <message>
      <source>Exported from LocalCloudLab Console</source>
      <translation>יוצא מ-LocalCloudLab Console</translation>
    </message>
  </context>
  <context>
    <name>lcl::widgets::ViewInfo</name>
    <message>
      <source>Overview</source>
      <translation>סקירה כללית</translation>
    </message>
    <message>
      <source>A tile for every service with its health, replicas, request rate, errors and latency, a summary of the cluster and the most recent warnings.</source>
      <translation>אריח לכל שירות עם התקינות, הרפליקות, קצב הבקשות, השגיאות וההשהיה שלו, סיכום של האשכול והאזהרות האחרונות.</translation>
    </message>
    <message>
      <source>Topology</source>
      <translation>טופולוגיה</translation>
    </message>
    <message>
      <source>The platform as a graph: gateway, routes, services, workloads and backing services, with live traffic flows between them.</source>
      <translation>הפלטפורמה כגרף: שער, נתיבים, שירותים, עומסי עבודה ושירותים תומכים, עם זרימות תעבורה חיות ביניהם.</translation>
    </message>
    <message>
      <source>Services</source>
      <translation>שירותים</translation>
    </message>
    <message>
      <source>Every service with its pods, charts of rate, errors and latency, autoscaling state, events and logs.</source>
      <translation>כל שירות עם ה-Pods שלו, תרשימי קצב, שגיאות והשהיה, מצב ה-autoscaling, אירועים ויומנים.</translation>
    </message>
    <message>
      <source>Incidents</source>
      <translation>תקריות</translation>
    </message>
    <message>
      <source>Firing alerts grouped into incidents, with a timeline and the runbook for each.</source>
      <translation>התראות פעילות מקובצות לתקריות, עם ציר זמן וה-runbook של כל אחת.</translation>
    </message>
    <message>
      <source>Runbooks</source>
      <translation>Runbooks</translation>
    </message>
    <message>
      <source>Step-by-step guides for the platform's known failures, with checks the console runs for you.</source>
      <translation>מדריכים שלב אחר שלב לתקלות הידועות של הפלטפורמה, עם בדיקות שהקונסולה מריצה עבורכם.</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>גיבויים</translation>
    </message>
    <message>
      <source>Backup plans for PostgreSQL, Redis and RabbitMQ, their last runs, and a guided way to run one now.</source>
      <translation>תוכניות גיבוי ל-PostgreSQL, ל-Redis ול-RabbitMQ, ההרצות האחרונות שלהן ודרך מודרכת להריץ אחת עכשיו.</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>אירועים</translation>
    </message>
    <message>
      <source>All Kubernetes events, warnings first, with filters and grouping.</source>
      <translation>כל אירועי Kubernetes, אזהרות תחילה, עם מסננים וקיבוץ.</translation>
    </message>
    <message>
      <source>Audit</source>
      <translation>ביקורת</translation>
    </message>
    <message>
      <source>Every change this console made to the cluster: who, what, when, and the result.</source>
      <translation>כל שינוי שהקונסולה ביצעה באשכול: מי, מה, מתי, והתוצאה.</translation>
    </message>
  </context>
  <context>
    <name>lcl::widgets::YamlView</name>
    <message>
      <source>Search (Enter: next, Shift+Enter: previous)</source>
      <translation>חיפוש (Enter: הבא, Shift+Enter: הקודם)</translation>
    </message>
    <message>
      <source>Search in YAML</source>
      <translation>חיפוש ב-YAML</translation>
    </message>
    <message>
      <source>Copy as kubectl</source>
      <translation>העתקה כפקודת ⁨kubectl⁩</translation>
    </message>
    <message>
      <source>Object YAML (read-only)</source>
      <translation>YAML של האובייקט (לקריאה בלבד)</translation>
    </message>
    <message>
      <source>%1 %2 — loading…</source>
      <translation>%1 %2 — טוען…</translation>
    </message>
    <message>
      <source>YAML: %1/%2</source>
      <translation>YAML: %1/%2</translation>
    </message>
    <message>
      <source>No cluster is connected.</source>
      <translation>אין אשכול מחובר.</translation>
    </message>
    <message>
      <source>%1 %2 (read-only)</source>
      <translation>%1 %2 (לקריאה בלבד)</translation>
    </message>
    <message>
      <source>%1 %2 could not be loaded</source>
      <translation>לא ניתן היה לטעון את %1 %2</translation>
    </message>
    <message numerus="yes">
      <source>%n match(es)</source>
      <translation>
        <numerusform>%n התאמה</numerusform>
        <numerusform>%n התאמות</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>main</name>
    <message>
      <source>Run lclab-console --help for the options.</source>
      <translation>הריצו lclab-console --help כדי לראות את האפשרויות.</translation>
    </message>
  </context>
</TS>
