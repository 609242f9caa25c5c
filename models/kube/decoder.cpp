#include "kube/decoder.h"

#include "kube/decodecontext.h"

#include <string>

namespace lcl::kube {

using namespace detail;

struct Decoder::Impl {
    simdjson::ondemand::parser parser;
    DecodeContext ctx;
    std::string lineBuffer;        // watch lines are copied here to get simdjson's padding
    size_t lastListCount = 0;      // items in the previous list page: the next one is usually as long
};

namespace {

// simdjson reads up to SIMDJSON_PADDING bytes past the end: make sure they are ours.
simdjson::padded_string_view padded(QByteArray& bytes)
{
    if (bytes.capacity() - bytes.size() < qsizetype(simdjson::SIMDJSON_PADDING))
        bytes.reserve(bytes.size() + qsizetype(simdjson::SIMDJSON_PADDING));
    return simdjson::padded_string_view(bytes.constData(), size_t(bytes.size()), size_t(bytes.capacity()));
}

QString errorDetail(ResourceKind kind, const char* what, const simdjson::simdjson_error& e, size_t size)
{
    return QStringLiteral("%1 %2 (%3 bytes): %4")
        .arg(pluralName(kind), QLatin1String(what))
        .arg(size)
        .arg(QString::fromUtf8(e.what()));
}

WatchEvent::Type eventType(std::string_view type, bool* ok)
{
    *ok = true;
    if (type == "ADDED")
        return WatchEvent::Type::Added;
    if (type == "MODIFIED")
        return WatchEvent::Type::Modified;
    if (type == "DELETED")
        return WatchEvent::Type::Deleted;
    if (type == "BOOKMARK")
        return WatchEvent::Type::Bookmark;
    if (type == "ERROR")
        return WatchEvent::Type::Error;
    *ok = false;
    return WatchEvent::Type::Error;
}

void readStatus(DecodeContext& ctx, sj::value& v, WatchEvent& event)
{
    forEachField(v, [&](std::string_view key, sj::value& f) {
        if (key == "code")
            event.code = int(toInt(f));
        else if (key == "reason")
            event.reason = ctx.string(f);
        else if (key == "message")
            event.message = ctx.string(f);
    });
}

// A bookmark's object carries only metadata.resourceVersion that matters.
QString bookmarkVersion(DecodeContext& ctx, sj::value& v)
{
    QString rv;
    forEachField(v, [&](std::string_view key, sj::value& meta) {
        if (key != "metadata")
            return;
        forEachField(meta, [&](std::string_view k, sj::value& f) {
            if (k == "resourceVersion")
                rv = ctx.string(f);
        });
    });
    return rv;
}

// After the top-level value is consumed, any token left is trailing garbage.
bool hasTrailingContent(sj::document& doc)
{
    return doc.current_location().error() == simdjson::SUCCESS;
}

} // namespace

Decoder::Decoder(ResourceKind kind) : m_kind(kind), m_impl(std::make_unique<Impl>()) {}

Decoder::~Decoder() = default;

Result<ListPage> Decoder::decodeList(QByteArray body)
{
    const size_t size = size_t(body.size());
    try {
        sj::document doc = m_impl->parser.iterate(padded(body));
        if (doc.type() != sj::json_type::object)
            return Error::make(Error::Kind::Parse, tr("The server's list of %1 could not be read.").arg(pluralName(m_kind)),
                               {}, QStringLiteral("%1 list: not a JSON object").arg(pluralName(m_kind)));
        ListPage page;
        bool sawItems = false;
        for (auto result : doc.get_object()) {
            sj::field field = std::move(result);
            const std::string_view key = fieldKey(field);
            sj::value& value = field.value();
            if (key == "metadata") {
                forEachField(value, [&](std::string_view k, sj::value& f) {
                    if (k == "resourceVersion")
                        page.resourceVersion = m_impl->ctx.string(f);
                    else if (k == "continue")
                        page.continueToken = m_impl->ctx.string(f);
                });
            } else if (key == "items") {
                sawItems = true;
                if (value.type() == sj::json_type::null)
                    continue;
                sj::array items = value.get_array();
                page.items.reserve(m_impl->lastListCount);
                for (auto item : items) {
                    sj::value object = std::move(item);
                    page.items.push_back(decodeRecord(m_impl->ctx, m_kind, object));
                }
            }
        }
        if (hasTrailingContent(doc))
            throw simdjson::simdjson_error(simdjson::TRAILING_CONTENT);
        m_impl->lastListCount = page.items.size();
        if (!sawItems)
            return Error::make(Error::Kind::Parse, tr("The server's list of %1 could not be read.").arg(pluralName(m_kind)),
                               {}, QStringLiteral("%1 list: no items field").arg(pluralName(m_kind)));
        return page;
    } catch (const simdjson::simdjson_error& e) {
        return Error::make(Error::Kind::Parse, tr("The server's list of %1 could not be read.").arg(pluralName(m_kind)),
                           tr("The answer was cut off or is not JSON."), errorDetail(m_kind, "list", e, size));
    }
}

Result<WatchEvent> Decoder::decodeEvent(QByteArrayView line)
{
    std::string& buffer = m_impl->lineBuffer;
    buffer.assign(line.data(), size_t(line.size()));
    if (buffer.capacity() < buffer.size() + simdjson::SIMDJSON_PADDING)
        buffer.reserve(buffer.size() + simdjson::SIMDJSON_PADDING);
    const auto parseError = [&](const QString& detail) {
        return Error::make(Error::Kind::Parse, tr("A change notification for %1 could not be read.").arg(pluralName(m_kind)),
                           {}, detail);
    };
    try {
        sj::document doc = m_impl->parser.iterate(simdjson::padded_string_view(buffer.data(), buffer.size(),
                                                                                buffer.capacity()));
        WatchEvent event;
        std::string_view typeText;
        bool haveType = false;
        // The API server writes "type" before "object"; a producer that does not is handled by a second lookup.
        sj::object object = doc.get_object();
        sj::value typeValue = object.find_field_unordered("type");
        if (typeValue.type() != sj::json_type::string)
            return parseError(QStringLiteral("%1 watch event: type is not a string").arg(pluralName(m_kind)));
        typeText = typeValue.get_string();
        event.type = eventType(typeText, &haveType);
        if (!haveType)
            return parseError(QStringLiteral("%1 watch event: unknown type %2")
                                  .arg(pluralName(m_kind), QString::fromUtf8(typeText.data(), qsizetype(typeText.size()))));
        sj::value objectValue = object.find_field_unordered("object");
        if (objectValue.type() != sj::json_type::object)
            return parseError(QStringLiteral("%1 watch event: object is missing").arg(pluralName(m_kind)));
        switch (event.type) {
        case WatchEvent::Type::Error:
            readStatus(m_impl->ctx, objectValue, event);
            break;
        case WatchEvent::Type::Bookmark:
            event.resourceVersion = bookmarkVersion(m_impl->ctx, objectValue);
            break;
        default:
            event.record = decodeRecord(m_impl->ctx, m_kind, objectValue);
            event.resourceVersion = metaOf(*event.record).resourceVersion;
            break;
        }
        return event;
    } catch (const simdjson::simdjson_error& e) {
        return parseError(errorDetail(m_kind, "watch event", e, buffer.size()));
    }
}

Result<Record> Decoder::decodeObject(QByteArray json)
{
    const size_t size = size_t(json.size());
    try {
        sj::document doc = m_impl->parser.iterate(padded(json));
        sj::value value = doc.get_value();
        if (value.type() != sj::json_type::object)
            throw simdjson::simdjson_error(simdjson::INCORRECT_TYPE);
        Record record = decodeRecord(m_impl->ctx, m_kind, value);
        if (hasTrailingContent(doc))
            throw simdjson::simdjson_error(simdjson::TRAILING_CONTENT);
        return record;
    } catch (const simdjson::simdjson_error& e) {
        return Error::make(Error::Kind::Parse, tr("The %1 object could not be read.").arg(pluralName(m_kind)),
                           tr("The answer was cut off or is not JSON."), errorDetail(m_kind, "object", e, size));
    }
}

Result<WatchEvent> Decoder::decodeStatus(QByteArray body)
{
    const size_t size = size_t(body.size());
    try {
        sj::document doc = m_impl->parser.iterate(padded(body));
        sj::value value = doc.get_value();
        if (value.type() != sj::json_type::object)
            throw simdjson::simdjson_error(simdjson::INCORRECT_TYPE);
        WatchEvent status;
        status.type = WatchEvent::Type::Error;
        readStatus(m_impl->ctx, value, status);
        return status;
    } catch (const simdjson::simdjson_error& e) {
        return Error::make(Error::Kind::Parse, tr("The server's error answer could not be read."), {},
                           errorDetail(m_kind, "status", e, size));
    }
}

} // namespace lcl::kube
