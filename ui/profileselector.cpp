#include "profileselector.h"

#include "connectionprofile.h"
#include "profilebadge.h"
#include "profilestore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>

ProfileSelector::ProfileSelector(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(tr("P&rofile:"), this))
    , m_box(new QComboBox(this))
    , m_environment(new QLabel(this))
{
    setObjectName(QStringLiteral("ProfileSelector"));
    m_box->setObjectName(QStringLiteral("ProfileBox"));
    m_environment->setObjectName(QStringLiteral("ProfileEnvironmentLabel"));
    m_label->setBuddy(m_box);
    m_box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_box->setMinimumContentsLength(18);
    m_box->setAccessibleName(tr("Connection profile"));
    m_environment->setVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 8, 0);
    layout->addWidget(m_label, 0, Qt::AlignVCenter);
    layout->addWidget(m_box, 0, Qt::AlignVCenter);
    layout->addWidget(m_environment, 0, Qt::AlignVCenter);
    connect(m_box, &QComboBox::currentIndexChanged, this, &ProfileSelector::chosen);
    reload();
}

void ProfileSelector::setVendor(const QString &vendor)
{
    if (vendor == m_vendor && m_box->count() > 0)
        return;
    m_vendor = vendor;
    reload();
}

void ProfileSelector::reload()
{
    m_filling = true;
    m_box->clear();
    const auto settings = ProfileStore::userSettings();
    for (const ConnectionProfile &p : ProfileStore(*settings).all()) {
        if (!m_vendor.isEmpty() && p.vendor != m_vendor)
            continue;
        const int index = m_box->count();
        m_box->addItem(
                QStringLiteral("%1 · %2").arg(p.name, ConnectionProfile::vendorLabel(p.vendor)),
                p.name);
        m_box->setItemData(index,
                           QStringLiteral("%1 · %2 · %3 — %4")
                                   .arg(p.name, ConnectionProfile::vendorLabel(p.vendor),
                                        ConnectionProfile::environmentName(p.environment()),
                                        p.baseUrl.toString()),
                           Qt::ToolTipRole);
    }
    const QString vendorName =
            m_vendor.isEmpty() ? QString() : ConnectionProfile::vendorLabel(m_vendor);
    m_box->setPlaceholderText(vendorName.isEmpty()
                                      ? tr("No profile yet (Ctrl+Alt+P)")
                                      : tr("No %1 profile yet (Ctrl+Alt+P)").arg(vendorName));
    const int chosenIndex = m_box->findData(m_choice.value(m_vendor));
    m_box->setCurrentIndex(chosenIndex >= 0 ? chosenIndex : (m_box->count() > 0 ? 0 : -1));
    m_filling = false;
    chosen();
}

QString ProfileSelector::currentProfile() const
{
    return m_box->currentData().toString();
}

bool ProfileSelector::selectProfile(const QString &name)
{
    const int index = m_box->findData(name);
    if (index < 0)
        return false;
    m_box->setCurrentIndex(index);
    return true;
}

void ProfileSelector::chosen()
{
    if (m_filling)
        return;
    const QString name = currentProfile();
    const auto settings = ProfileStore::userSettings();
    const auto profile = name.isEmpty() ? std::nullopt : ProfileStore(*settings).find(name);
    if (profile) {
        m_choice.insert(m_vendor, name);
        ProfileBadge::show(m_environment, *profile);
        m_box->setToolTip(m_box->currentData(Qt::ToolTipRole).toString());
    } else {
        ProfileBadge::clear(m_environment);
        m_box->setToolTip(tr("Add a connection profile in File ▸ Connection Profiles "
                             "(Ctrl+Alt+P)."));
    }
    emit profileChanged(name);
}
