#include "labsim/faultcli.h"

#include "kube/kubeconfig.h"
#include "labsim/faultbook.h"
#include "net/httpclient.h"

#include <QDateTime>
#include <QDir>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace lcl::sim {
namespace {

constexpr int RequestTimeoutMs = 15000;

struct Command {
    QString verb;
    QStringList positional;
    QString kubeconfig;
    QString stateDir;
    std::optional<double> value;
    bool all = false;
    bool help = false;
};

void printOut(const QString& text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
}

void printErr(const QString& text)
{
    std::fputs(qPrintable(QStringLiteral("lclab-sim fault: ") + text + QLatin1Char('\n')), stderr);
}

int usageError(const QString& message, const QString& hint = {})
{
    printErr(message);
    if (!hint.isEmpty())
        std::fputs(qPrintable(hint + QLatin1Char('\n')), stderr);
    std::fputs(qPrintable(FaultCli::tr("Run \"lclab-sim fault --help\" for usage.") + QLatin1Char('\n')), stderr);
    return FaultCli::Usage;
}

QString knownKinds()
{
    QStringList names;
    for (const std::string& name : faultKindNames())
        names << QString::fromStdString(name);
    return names.join(QStringLiteral(", "));
}

std::optional<QString> parse(const QStringList& args, Command* command)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        const auto takeValue = [&](QString* out) -> std::optional<QString> {
            if (i + 1 >= args.size())
                return FaultCli::tr("%1 needs a value").arg(arg);
            *out = args.at(++i);
            return std::nullopt;
        };
        std::optional<QString> error;
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            command->help = true;
        } else if (arg == QLatin1String("--kubeconfig")) {
            error = takeValue(&command->kubeconfig);
        } else if (arg == QLatin1String("--state-dir")) {
            error = takeValue(&command->stateDir);
        } else if (arg == QLatin1String("--all")) {
            command->all = true;
        } else if (arg == QLatin1String("--value")) {
            QString text;
            error = takeValue(&text);
            bool ok = false;
            const double v = text.toDouble(&ok);
            if (!error && (!ok || v < 0))
                error = FaultCli::tr("--value must be a number of at least 0, not \"%1\"").arg(text);
            command->value = v;
        } else if (arg.startsWith(QLatin1String("--"))) {
            error = FaultCli::tr("unknown option %1").arg(arg);
        } else if (command->verb.isEmpty()) {
            command->verb = arg;
        } else {
            command->positional << arg;
        }
        if (error)
            return error;
    }
    return std::nullopt;
}

// The fault API's answer, or the error to print (with the exit code it means).
struct Reply {
    int exitCode = FaultCli::Ok;
    nlohmann::json body;
};

QString serverMessage(const net::HttpResponse& response)
{
    const nlohmann::json status = nlohmann::json::parse(response.body.constData(), nullptr, false);
    if (status.is_object() && status.contains("message") && status["message"].is_string())
        return QString::fromStdString(status["message"].get<std::string>());
    return QString::fromUtf8(response.body.left(300)).trimmed();
}

Reply call(const Command& command, const QByteArray& method, const QString& path, const QByteArray& body = {})
{
    const QString file = command.kubeconfig.isEmpty() ? QDir(command.stateDir).filePath(QStringLiteral("kubeconfig.yaml"))
                                                      : command.kubeconfig;
    const Result<kube::Kubeconfig> config = kube::Kubeconfig::load(file);
    if (!config) {
        printErr(config.error().message);
        std::fputs(qPrintable(FaultCli::tr("Is the simulator running? It writes %1 when it starts "
                                           "(lclab-sim --state-dir DIR).").arg(file) + QLatin1Char('\n')), stderr);
        return {FaultCli::Refused, {}};
    }
    const Result<kube::ClusterConnection> connection = config->resolve();
    if (!connection) {
        printErr(connection.error().toString());
        return {FaultCli::Refused, {}};
    }
    Result<net::HttpRequest> request = connection->request(method, path);
    if (!request) {
        printErr(request.error().toString());
        return {FaultCli::Refused, {}};
    }
    net::HttpRequest& r = request.value();
    r.timeoutMs = RequestTimeoutMs;
    r.body = body;
    r.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
    if (!body.isEmpty())
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    net::HttpClient http;
    const Result<net::HttpResponse> response = http.sendAndWait(std::move(request).value());
    const QString server = connection->server.toString();
    if (!response) {
        printErr(FaultCli::tr("cannot reach the simulator at %1: %2").arg(server, response.error().message));
        std::fputs(qPrintable(FaultCli::tr("Is lclab-sim running? Start it with \"lclab-sim --state-dir DIR\" and "
                                           "pass the same --state-dir here.") + QLatin1Char('\n')), stderr);
        return {FaultCli::Refused, {}};
    }
    if (response->status < 200 || response->status >= 300) {
        printErr(FaultCli::tr("the simulator refused: %1 (HTTP %2)").arg(serverMessage(*response)).arg(response->status));
        if (response->status == 401 || response->status == 403)
            std::fputs(qPrintable(FaultCli::tr("The fault API needs the admin credentials: use the kubeconfig the "
                                               "simulator wrote, whose current context is \"lclab\".")
                                  + QLatin1Char('\n')), stderr);
        return {FaultCli::Refused, {}};
    }
    Reply reply;
    reply.body = nlohmann::json::parse(response->body.constData(), nullptr, false);
    if (reply.body.is_discarded()) {
        printErr(FaultCli::tr("the simulator at %1 answered something that is not JSON").arg(server));
        reply.exitCode = FaultCli::Refused;
    }
    return reply;
}

QString describe(const nlohmann::json& fault)
{
    const QString kind = QString::fromStdString(fault.value("kind", std::string()));
    const QString target = QString::fromStdString(fault.value("target", std::string()));
    const QString value = QString::number(fault.value("value", 0.0), 'g', 6);
    return target.isEmpty() ? FaultCli::tr("%1 (value %2)").arg(kind, value)
                            : FaultCli::tr("%1 on %2 (value %3)").arg(kind, target, value);
}

QString age(qint64 since)
{
    const qint64 s = std::max<qint64>(0, QDateTime::currentSecsSinceEpoch() - since);
    if (s < 60)
        return QStringLiteral("%1s").arg(s);
    if (s < 3600)
        return QStringLiteral("%1m%2s").arg(s / 60).arg(s % 60);
    return QStringLiteral("%1h%2m").arg(s / 3600).arg((s % 3600) / 60);
}

int list(const Command& command)
{
    const Reply reply = call(command, "GET", QStringLiteral("/lclab/v1/faults"));
    if (reply.exitCode != FaultCli::Ok)
        return reply.exitCode;
    const nlohmann::json faults = reply.body.value("faults", nlohmann::json::array());
    if (faults.empty()) {
        printOut(FaultCli::tr("No faults in effect."));
        return FaultCli::Ok;
    }
    QList<QStringList> rows{{FaultCli::tr("ID"), FaultCli::tr("KIND"), FaultCli::tr("TARGET"), FaultCli::tr("VALUE"),
                             FaultCli::tr("AGE")}};
    for (const nlohmann::json& f : faults) {
        const QString target = QString::fromStdString(f.value("target", std::string()));
        rows.append({QString::number(f.value("id", 0ULL)), QString::fromStdString(f.value("kind", std::string())),
                     target.isEmpty() ? QStringLiteral("-") : target, QString::number(f.value("value", 0.0), 'g', 6),
                     age(f.value("since", 0LL))});
    }
    QList<int> widths(rows.first().size(), 0);
    for (const QStringList& row : rows)
        for (int c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], int(row.at(c).size()));
    for (const QStringList& row : rows) {
        QString line;
        for (int c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row.at(c).leftJustified(widths[c] + 3) : row.at(c);
        printOut(line);
    }
    return FaultCli::Ok;
}

int add(const Command& command)
{
    if (command.positional.isEmpty())
        return usageError(FaultCli::tr("add needs a fault kind"), FaultCli::tr("Kinds: %1").arg(knownKinds()));
    const std::optional<FaultKind> kind = faultKindFromName(command.positional.first().toStdString());
    if (!kind)
        return usageError(FaultCli::tr("unknown fault kind \"%1\"").arg(command.positional.first()),
                          FaultCli::tr("Kinds: %1").arg(knownKinds()));
    if (command.positional.size() > 2)
        return usageError(FaultCli::tr("add takes a kind and at most one target"));
    const QString target = command.positional.value(1);
    if (faultNeedsTarget(*kind) && target.isEmpty())
        return usageError(FaultCli::tr("a %1 fault needs a target").arg(command.positional.first()),
                          FaultCli::tr("Name a service of the profile or a workload, e.g. \"lclab-sim fault add %1 "
                                       "search-api\".").arg(command.positional.first()));
    nlohmann::json body = {{"kind", faultKindName(*kind)}, {"target", target.toStdString()}};
    if (command.value)
        body["value"] = *command.value;
    const Reply reply = call(command, "POST", QStringLiteral("/lclab/v1/faults"), QByteArray::fromStdString(body.dump()));
    if (reply.exitCode != FaultCli::Ok)
        return reply.exitCode;
    printOut(FaultCli::tr("fault %1 added: %2").arg(reply.body.value("id", 0ULL)).arg(describe(reply.body)));
    return FaultCli::Ok;
}

int clear(const Command& command)
{
    const QString first = command.positional.value(0);
    bool isId = false;
    first.toULongLong(&isId);
    if (command.all || isId) {
        if ((command.all && !command.positional.isEmpty()) || command.positional.size() > 1)
            return usageError(FaultCli::tr("clear takes one of: an ID, --all, or a KIND with an optional TARGET"));
        const QString path = command.all ? QStringLiteral("/lclab/v1/faults") : QStringLiteral("/lclab/v1/faults/") + first;
        const Reply reply = call(command, "DELETE", path);
        if (reply.exitCode != FaultCli::Ok)
            return reply.exitCode;
        printOut(command.all ? FaultCli::tr("%n fault(s) cleared", nullptr, reply.body.value("cleared", 0))
                             : FaultCli::tr("fault %1 cleared").arg(first));
        return FaultCli::Ok;
    }
    if (first.isEmpty())
        return usageError(FaultCli::tr("clear needs an ID, --all, or a KIND with an optional TARGET"));
    if (command.positional.size() > 2)
        return usageError(FaultCli::tr("clear takes a kind and at most one target"));
    if (!faultKindFromName(first.toStdString()))
        return usageError(FaultCli::tr("unknown fault kind \"%1\"").arg(first), FaultCli::tr("Kinds: %1").arg(knownKinds()));
    QString path = QStringLiteral("/lclab/v1/faults?kind=") + QString::fromLatin1(QUrl::toPercentEncoding(first));
    if (command.positional.size() == 2)
        path += QStringLiteral("&target=") + QString::fromLatin1(QUrl::toPercentEncoding(command.positional.at(1)));
    const Reply reply = call(command, "DELETE", path);
    if (reply.exitCode != FaultCli::Ok)
        return reply.exitCode;
    printOut(FaultCli::tr("%n fault(s) cleared", nullptr, reply.body.value("cleared", 0)));
    return FaultCli::Ok;
}

} // namespace

int FaultCli::run(const QStringList& arguments)
{
    Command command;
    if (const std::optional<QString> error = parse(arguments, &command))
        return usageError(*error);
    if (command.help || command.verb == QLatin1String("help")) {
        printOut(usage());
        return Ok;
    }
    if (command.verb.isEmpty())
        return usageError(tr("say what to do: add, list or clear"));
    const bool known = command.verb == QLatin1String("add") || command.verb == QLatin1String("list")
                       || command.verb == QLatin1String("clear");
    if (!known)
        return usageError(tr("unknown command \"%1\"; use add, list or clear").arg(command.verb));
    if (command.kubeconfig.isEmpty() == command.stateDir.isEmpty())
        return usageError(tr("say which simulator: give --state-dir DIR or --kubeconfig FILE (one of them)"));
    if (command.value && command.verb != QLatin1String("add"))
        return usageError(tr("--value is only for add"));
    if (command.all && command.verb != QLatin1String("clear"))
        return usageError(tr("--all is only for clear"));
    if (command.verb == QLatin1String("list")) {
        if (!command.positional.isEmpty())
            return usageError(tr("list takes no arguments"));
        return list(command);
    }
    return command.verb == QLatin1String("add") ? add(command) : clear(command);
}

QString FaultCli::usage()
{
    return tr("Usage: lclab-sim fault COMMAND (--state-dir DIR | --kubeconfig FILE)\n"
              "\n"
              "Injects faults into a running simulator through its admin API (/lclab/v1/faults), with the admin\n"
              "credentials of the kubeconfig the simulator wrote (DIR/kubeconfig.yaml).\n"
              "\n"
              "Commands:\n"
              "  add KIND [TARGET] [--value V]   add a fault (a second one of the same kind and target replaces it)\n"
              "  list                            show the faults in effect\n"
              "  clear ID                        remove one fault\n"
              "  clear KIND [TARGET]             remove the faults of a kind (on one target)\n"
              "  clear --all                     remove every fault\n"
              "\n"
              "Kinds (TARGET is a profile service such as search-api, postgresql, redis, or a workload):\n"
              "  crash-loop TARGET           the target's pods crash on start (CrashLoopBackOff)\n"
              "  oom TARGET                  the target's containers are OOMKilled\n"
              "  latency TARGET              answers V ms slower (default 800)\n"
              "  error-burst TARGET          a V share (0..1) of requests fail with 5xx (default 0.4)\n"
              "  traffic-surge TARGET        V times the usual request rate (default 4)\n"
              "  dependency-down TARGET      a backing service (postgresql, redis, rabbitmq) is down\n"
              "  backup-failed [CRONJOB]     backup jobs fail (all of them without a target)\n"
              "  drop-watches                close every open watch now, and every V s when V > 0\n"
              "  gone-storm                  every watch gets 410 Expired (lists still work)\n"
              "  api-503                     a V share (0..1) of API requests get 503 with Retry-After (default 0.3)\n"
              "  api-slow                    API requests wait V ms (default 1500)\n"
              "\n"
              "Health checks, /version and the fault API itself are never affected by the API-server faults.\n"
              "Exit codes: 0 done, 1 the simulator refused or could not be reached, 2 usage error.\n"
              "\n"
              "Examples:\n"
              "  lclab-sim fault add error-burst search-api --value 0.5 --state-dir /tmp/lab\n"
              "  lclab-sim fault list --state-dir /tmp/lab\n"
              "  lclab-sim fault clear --all --state-dir /tmp/lab");
}

} // namespace lcl::sim
