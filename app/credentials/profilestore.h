#pragma once

#include "connectionprofile.h"

#include <QVector>

#include <memory>
#include <optional>

class QSettings;

// The profiles in the user's settings (group "profiles").
class ProfileStore
{
public:
    explicit ProfileStore(QSettings &settings)
        : m_settings(settings)
    {}

    // The settings file profiles live in, shared by the window and the CLI.
    static std::unique_ptr<QSettings> userSettings();

    QVector<ConnectionProfile> all() const;
    std::optional<ConnectionProfile> find(const QString &name) const;
    void save(const ConnectionProfile &profile);
    bool remove(const QString &name);

private:
    QSettings &m_settings;
};
