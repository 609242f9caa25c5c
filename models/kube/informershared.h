#pragma once

#include "kube/decoder.h"
#include "kube/watchframer.h"

#include <QMetaObject>
#include <QObject>

#include <atomic>
#include <mutex>
#include <optional>
#include <vector>

namespace lcl::kube {

// The part of an Informer that net-thread callbacks reach: decoding, the pending batch, and the way back to
// the GUI thread. Everything a callback posts is tagged with the generation it was started under; after a
// stop or restart the generation moves on and late callbacks fall silent.
class InformerShared {
public:
    explicit InformerShared(ResourceKind kind) : m_decoder(kind) {}

    // GUI thread.
    void attach(QObject* receiver);
    void detach();
    quint64 nextGeneration();
    quint64 generation() const { return m_generation.load(); }

    struct Drained {
        std::vector<RecordChange> changes;
        QString resourceVersion;       // the latest seen in the drained events, empty when none
        std::optional<WatchEvent> error;
        int events = 0;
    };
    Drained drain();

    // Net thread. The decoder is only ever used there (HttpClient has one worker thread).
    Decoder& decoder() { return m_decoder; }
    // Frames and decodes a watch chunk into the pending batch; true when the caller should post a flush.
    bool takeWatchChunk(quint64 generation, WatchFramer& framer, const QByteArray& chunk);

    // Queues `fn` on the receiver's (GUI) thread when `generation` is still current.
    template <typename F>
    void post(quint64 generation, F&& fn)
    {
        std::lock_guard lock(m_mutex);
        if (!m_receiver || generation != m_generation.load())
            return;
        // Checked again on arrival: a stop or relist may have come in between. `this` lives as long as the
        // receiver, and Qt drops the call if the receiver is gone.
        QMetaObject::invokeMethod(
            m_receiver,
            [this, generation, fn = std::forward<F>(fn)]() mutable {
                if (generation == m_generation.load())
                    fn();
            },
            Qt::QueuedConnection);
    }

private:
    void append(quint64 generation, WatchEvent&& event);

    std::mutex m_mutex;
    QObject* m_receiver = nullptr;
    std::atomic<quint64> m_generation{0};
    Decoder m_decoder;
    Drained m_pending;
    bool m_flushPosted = false;
};

} // namespace lcl::kube
