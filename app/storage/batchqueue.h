#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>

// Batches handed from the thread that makes them to the thread that uses them (rows made by an
// import to the writer; rows read from the file to the decoder). Bounded, so a fast maker waits
// instead of holding the whole sheet twice.
template<typename Batch>
class BatchQueue
{
public:
    explicit BatchQueue(size_t capacity)
        : m_capacity(capacity)
    {}

    // Waits while the queue is full. False once the user gave up: the batch is dropped.
    bool push(Batch &&batch)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_abandoned || m_batches.size() < m_capacity; });
        if (m_abandoned)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }

    // Waits for a batch. False when the maker is done and every batch was taken.
    bool pop(Batch &batch)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || !m_batches.empty(); });
        if (m_batches.empty())
            return false;
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return true;
    }

    // The maker has no more batches.
    void close()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

    // The user failed: what is queued is dropped, and push() no longer waits.
    void abandon()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_abandoned = true;
        m_batches.clear();
        m_changed.notify_all();
    }

private:
    const size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_batches;
    bool m_closed = false;
    bool m_abandoned = false;
};
