#pragma once

#include "mockvendorserver.h"

#include <QObject>
#include <QThread>
#include <QUrl>

#include <functional>

// A vendor stand-in answering from its own thread, as a vendor would from its own machine: the
// benchmarks time the client alone. Everything that touches the stand-in goes through call(),
// which runs on the stand-in's thread and waits.
class StandinThread
{
public:
    // Creates the stand-in, lets `setup` prepare it (latency, records), and starts listening.
    StandinThread(const EntitySchema &schema, const std::function<void(MockVendorServer &)> &setup);
    ~StandinThread();
    StandinThread(const StandinThread &) = delete;
    StandinThread &operator=(const StandinThread &) = delete;

    QUrl baseUrl() const { return m_baseUrl; }
    void call(const std::function<void(MockVendorServer &)> &work);

private:
    QThread m_thread;
    QObject m_anchor;
    MockVendorServer *m_server = nullptr;
    QUrl m_baseUrl;
};
