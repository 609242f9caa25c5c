#include "kube/informershared.h"

#include "core/logging.h"

#include <spdlog/spdlog.h>

namespace lcl::kube {

void InformerShared::attach(QObject* receiver)
{
    std::lock_guard lock(m_mutex);
    m_receiver = receiver;
}

void InformerShared::detach()
{
    std::lock_guard lock(m_mutex);
    m_receiver = nullptr;
    ++m_generation;
}

quint64 InformerShared::nextGeneration()
{
    std::lock_guard lock(m_mutex);
    m_pending = Drained{};
    m_flushPosted = false;
    return ++m_generation;
}

InformerShared::Drained InformerShared::drain()
{
    std::lock_guard lock(m_mutex);
    Drained out = std::move(m_pending);
    m_pending = Drained{};
    m_flushPosted = false;
    return out;
}

void InformerShared::append(quint64 generation, WatchEvent&& event)
{
    std::lock_guard lock(m_mutex);
    if (generation != m_generation.load())
        return;
    ++m_pending.events;
    if (!event.resourceVersion.isEmpty())
        m_pending.resourceVersion = event.resourceVersion;
    switch (event.type) {
    case WatchEvent::Type::Added:
    case WatchEvent::Type::Modified:
        m_pending.changes.push_back(RecordChange{RecordChange::Op::Upsert, std::move(*event.record)});
        break;
    case WatchEvent::Type::Deleted:
        m_pending.changes.push_back(RecordChange{RecordChange::Op::Delete, std::move(*event.record)});
        break;
    case WatchEvent::Type::Bookmark:
        break;
    case WatchEvent::Type::Error:
        m_pending.error = std::move(event);
        break;
    }
}

bool InformerShared::takeWatchChunk(quint64 generation, WatchFramer& framer, const QByteArray& chunk)
{
    if (generation != m_generation.load())
        return false;
    std::optional<Error> failure = framer.feed(chunk, [&](QByteArrayView line) {
        auto event = m_decoder.decodeEvent(line);
        if (event.ok()) {
            append(generation, std::move(event).value());
            return;
        }
        // A line we cannot read: end this watch through an error event; the informer relists.
        logging::logger("kube")->warn("watch {}: {}", pluralName(m_decoder.kind()).toStdString(),
                                      event.error().detail.toStdString());
        WatchEvent error;
        error.type = WatchEvent::Type::Error;
        error.reason = QStringLiteral("Undecodable");
        error.message = event.error().message;
        append(generation, std::move(error));
    });
    if (failure) {
        WatchEvent error;
        error.type = WatchEvent::Type::Error;
        error.reason = QStringLiteral("LineTooLong");
        error.message = failure->message;
        append(generation, std::move(error));
    }
    std::lock_guard lock(m_mutex);
    if (m_flushPosted || (m_pending.events == 0))
        return false;
    m_flushPosted = true;
    return true;
}

} // namespace lcl::kube
