#include "standinthread.h"

StandinThread::StandinThread(const EntitySchema &schema,
                             const std::function<void(MockVendorServer &)> &setup)
{
    m_thread.start();
    m_anchor.moveToThread(&m_thread);
    QMetaObject::invokeMethod(
            &m_anchor,
            [&] {
                m_server = new MockVendorServer(schema);
                setup(*m_server);
                m_server->listen();
                m_baseUrl = m_server->baseUrl();
            },
            Qt::BlockingQueuedConnection);
}

StandinThread::~StandinThread()
{
    QMetaObject::invokeMethod(
            &m_anchor, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void StandinThread::call(const std::function<void(MockVendorServer &)> &work)
{
    QMetaObject::invokeMethod(
            &m_anchor, [&] { work(*m_server); }, Qt::BlockingQueuedConnection);
}
