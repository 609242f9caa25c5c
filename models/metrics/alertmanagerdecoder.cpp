#include "metrics/alertmanagerdecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <simdjson.h>

namespace lcl::metrics {

namespace dom = simdjson::dom;

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

Error parseError(const QString& what)
{
    return Error::make(Error::Kind::Parse,
                       AlertmanagerDecoder::tr("Alertmanager sent an answer that cannot be read: %1").arg(what),
                       AlertmanagerDecoder::tr("Check that the URL points at Alertmanager's API v2 (0.16 or newer)."));
}

QString stringField(dom::element e, const char* key)
{
    std::string_view s;
    if (e[key].get_string().get(s) != simdjson::SUCCESS)
        return {};
    return qs(s);
}

QMap<QString, QString> stringMap(dom::element e, const char* key)
{
    QMap<QString, QString> out;
    dom::object obj;
    if (e[key].get_object().get(obj) != simdjson::SUCCESS)
        return out;
    for (const auto field : obj) {
        std::string_view v;
        if (field.value.get_string().get(v) == simdjson::SUCCESS)
            out.insert(qs(field.key), qs(v));
    }
    return out;
}

QStringList stringList(dom::element e, const char* key)
{
    QStringList out;
    dom::array arr;
    if (e[key].get_array().get(arr) != simdjson::SUCCESS)
        return out;
    for (dom::element item : arr) {
        std::string_view v;
        if (item.get_string().get(v) == simdjson::SUCCESS)
            out.append(qs(v));
    }
    return out;
}

Result<dom::array> rootArray(dom::parser& parser, const QByteArray& body)
{
    dom::element root;
    if (body.trimmed().isEmpty())
        return parseError(AlertmanagerDecoder::tr("the body is empty"));
    if (const auto err = parser.parse(body.constData(), size_t(body.size())).get(root); err != simdjson::SUCCESS)
        return parseError(AlertmanagerDecoder::tr("not JSON (%1)").arg(QString::fromUtf8(simdjson::error_message(err))));
    dom::array arr;
    if (root.get_array().get(arr) != simdjson::SUCCESS)
        return parseError(AlertmanagerDecoder::tr("expected a JSON list"));
    return arr;
}

Result<AmAlert> readAlert(dom::element e)
{
    if (!e.is_object())
        return parseError(AlertmanagerDecoder::tr("an alert is not a JSON object"));
    AmAlert a;
    a.labels = stringMap(e, "labels");
    if (a.labels.isEmpty())
        return parseError(AlertmanagerDecoder::tr("an alert has no labels"));
    a.annotations = stringMap(e, "annotations");
    a.fingerprint = stringField(e, "fingerprint");
    a.generatorUrl = stringField(e, "generatorURL");
    a.startsAt = AlertmanagerDecoder::parseTime(stringField(e, "startsAt"));
    a.endsAt = AlertmanagerDecoder::parseTime(stringField(e, "endsAt"));
    a.updatedAt = AlertmanagerDecoder::parseTime(stringField(e, "updatedAt"));
    dom::array receivers;
    if (e["receivers"].get_array().get(receivers) == simdjson::SUCCESS) {
        for (dom::element r : receivers)
            a.receivers.append(stringField(r, "name"));
    }
    dom::element status;
    if (e["status"].get(status) != simdjson::SUCCESS)
        return parseError(AlertmanagerDecoder::tr("alert %1 has no status").arg(a.fingerprint));
    const QString state = stringField(status, "state");
    if (state == QLatin1String("active"))
        a.state = AmAlert::State::Active;
    else if (state == QLatin1String("suppressed"))
        a.state = AmAlert::State::Suppressed;
    else if (state == QLatin1String("unprocessed"))
        a.state = AmAlert::State::Unprocessed;
    else
        return parseError(AlertmanagerDecoder::tr("alert %1 has the unknown state \"%2\"").arg(a.fingerprint, state));
    a.silencedBy = stringList(status, "silencedBy");
    a.inhibitedBy = stringList(status, "inhibitedBy");
    a.mutedBy = stringList(status, "mutedBy");
    return a;
}

Result<AmSilence> readSilence(dom::element e)
{
    if (!e.is_object())
        return parseError(AlertmanagerDecoder::tr("a silence is not a JSON object"));
    AmSilence s;
    s.id = stringField(e, "id");
    if (s.id.isEmpty())
        return parseError(AlertmanagerDecoder::tr("a silence has no id"));
    s.createdBy = stringField(e, "createdBy");
    s.comment = stringField(e, "comment");
    s.startsAt = AlertmanagerDecoder::parseTime(stringField(e, "startsAt"));
    s.endsAt = AlertmanagerDecoder::parseTime(stringField(e, "endsAt"));
    s.updatedAt = AlertmanagerDecoder::parseTime(stringField(e, "updatedAt"));
    dom::element status;
    const QString state = e["status"].get(status) == simdjson::SUCCESS ? stringField(status, "state") : QString();
    if (state == QLatin1String("active"))
        s.state = AmSilence::State::Active;
    else if (state == QLatin1String("pending"))
        s.state = AmSilence::State::Pending;
    else if (state == QLatin1String("expired"))
        s.state = AmSilence::State::Expired;
    else
        return parseError(AlertmanagerDecoder::tr("silence %1 has the unknown state \"%2\"").arg(s.id, state));
    dom::array matchers;
    if (e["matchers"].get_array().get(matchers) != simdjson::SUCCESS)
        return parseError(AlertmanagerDecoder::tr("silence %1 has no matchers").arg(s.id));
    for (dom::element m : matchers) {
        AmMatcher matcher;
        matcher.name = stringField(m, "name");
        matcher.value = stringField(m, "value");
        bool b = false;
        if (m["isRegex"].get_bool().get(b) == simdjson::SUCCESS)
            matcher.isRegex = b;
        if (m["isEqual"].get_bool().get(b) == simdjson::SUCCESS)
            matcher.isEqual = b;
        s.matchers.append(matcher);
    }
    return s;
}

} // namespace

QString AmMatcher::toString() const
{
    const QLatin1String op = isRegex ? (isEqual ? QLatin1String("=~") : QLatin1String("!~"))
                                     : (isEqual ? QLatin1String("=") : QLatin1String("!="));
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return name + op + QLatin1Char('"') + v + QLatin1Char('"');
}

QString AmAlert::stateName(State state)
{
    switch (state) {
    case State::Unprocessed:
        return QStringLiteral("unprocessed");
    case State::Active:
        return QStringLiteral("active");
    case State::Suppressed:
        return QStringLiteral("suppressed");
    }
    return {};
}

QString AmSilence::stateName(State state)
{
    switch (state) {
    case State::Active:
        return QStringLiteral("active");
    case State::Pending:
        return QStringLiteral("pending");
    case State::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

QDateTime AlertmanagerDecoder::parseTime(const QString& text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        // Go writes up to nanoseconds; Qt reads milliseconds. Cut the extra digits.
        static const QRegularExpression fraction(QStringLiteral("\\.(\\d{3})\\d+"));
        QString trimmed = text;
        trimmed.replace(fraction, QStringLiteral(".\\1"));
        t = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    }
    return t.isValid() ? t.toUTC() : QDateTime();
}

Result<QList<AmAlert>> AlertmanagerDecoder::decodeAlerts(const QByteArray& body)
{
    dom::parser parser;
    auto arr = rootArray(parser, body);
    if (!arr.ok())
        return arr.error();
    QList<AmAlert> out;
    out.reserve(qsizetype(arr->size()));
    for (dom::element e : arr.value()) {
        auto a = readAlert(e);
        if (!a.ok())
            return a.error();
        out.append(std::move(a).value());
    }
    return out;
}

Result<QList<AmAlertGroup>> AlertmanagerDecoder::decodeAlertGroups(const QByteArray& body)
{
    dom::parser parser;
    auto arr = rootArray(parser, body);
    if (!arr.ok())
        return arr.error();
    QList<AmAlertGroup> out;
    for (dom::element e : arr.value()) {
        if (!e.is_object())
            return parseError(tr("an alert group is not a JSON object"));
        AmAlertGroup g;
        g.labels = stringMap(e, "labels");
        dom::element receiver;
        if (e["receiver"].get(receiver) == simdjson::SUCCESS)
            g.receiver = stringField(receiver, "name");
        dom::array alerts;
        if (e["alerts"].get_array().get(alerts) != simdjson::SUCCESS)
            return parseError(tr("an alert group has no alerts list"));
        for (dom::element a : alerts) {
            auto alert = readAlert(a);
            if (!alert.ok())
                return alert.error();
            g.alerts.append(std::move(alert).value());
        }
        out.append(std::move(g));
    }
    return out;
}

Result<QList<AmSilence>> AlertmanagerDecoder::decodeSilences(const QByteArray& body)
{
    dom::parser parser;
    auto arr = rootArray(parser, body);
    if (!arr.ok())
        return arr.error();
    QList<AmSilence> out;
    for (dom::element e : arr.value()) {
        auto s = readSilence(e);
        if (!s.ok())
            return s.error();
        out.append(std::move(s).value());
    }
    return out;
}

Result<AmSilence> AlertmanagerDecoder::decodeSilence(const QByteArray& body)
{
    dom::parser parser;
    dom::element root;
    if (const auto err = parser.parse(body.constData(), size_t(body.size())).get(root); err != simdjson::SUCCESS)
        return parseError(tr("not JSON (%1)").arg(QString::fromUtf8(simdjson::error_message(err))));
    return readSilence(root);
}

Result<QString> AlertmanagerDecoder::decodeSilenceId(const QByteArray& body)
{
    dom::parser parser;
    dom::element root;
    if (const auto err = parser.parse(body.constData(), size_t(body.size())).get(root); err != simdjson::SUCCESS)
        return parseError(tr("not JSON (%1)").arg(QString::fromUtf8(simdjson::error_message(err))));
    const QString id = stringField(root, "silenceID");
    if (id.isEmpty())
        return parseError(tr("the answer has no \"silenceID\""));
    return id;
}

Result<QByteArray> AlertmanagerDecoder::encodeSilence(const AmSilenceRequest& request)
{
    const auto invalid = [](const QString& message) {
        return Error::make(Error::Kind::Invalid, message, tr("Fix the silence and try again."));
    };
    if (request.matchers.isEmpty())
        return invalid(tr("A silence needs at least one matcher."));
    for (const AmMatcher& m : request.matchers) {
        if (m.name.trimmed().isEmpty())
            return invalid(tr("Every matcher of a silence needs a label name."));
    }
    if (!request.startsAt.isValid() || !request.endsAt.isValid())
        return invalid(tr("A silence needs a start and an end time."));
    if (request.endsAt <= request.startsAt)
        return invalid(tr("A silence must end after it starts."));
    if (request.createdBy.trimmed().isEmpty())
        return invalid(tr("A silence needs an author (created by)."));
    if (request.comment.trimmed().isEmpty())
        return invalid(tr("A silence needs a comment saying why."));
    QJsonArray matchers;
    for (const AmMatcher& m : request.matchers) {
        matchers.append(QJsonObject{{QStringLiteral("name"), m.name},
                                    {QStringLiteral("value"), m.value},
                                    {QStringLiteral("isRegex"), m.isRegex},
                                    {QStringLiteral("isEqual"), m.isEqual}});
    }
    QJsonObject body{{QStringLiteral("matchers"), matchers},
                     {QStringLiteral("startsAt"), request.startsAt.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("endsAt"), request.endsAt.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("createdBy"), request.createdBy},
                     {QStringLiteral("comment"), request.comment}};
    if (!request.id.isEmpty())
        body.insert(QStringLiteral("id"), request.id);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace lcl::metrics
