#include "profilebadge.h"

#include <QLabel>

void ProfileBadge::show(QLabel *label, const ConnectionProfile &profile)
{
    const ConnectionProfile::Environment environment = profile.environment();
    QString style;
    switch (environment) {
    case ConnectionProfile::Environment::Production:
        style = QStringLiteral("background:#b91c1c;color:#ffffff;");
        break;
    case ConnectionProfile::Environment::Sandbox:
        style = QStringLiteral("background:#fef3c7;color:#92400e;");
        break;
    case ConnectionProfile::Environment::TestHost:
        style = QStringLiteral("background:#dcfce7;color:#166534;");
        break;
    }
    label->setStyleSheet(QStringLiteral("QLabel{%1font-weight:bold;padding:2px 8px;"
                                        "border-radius:3px;}")
                                 .arg(style));
    label->setText(ConnectionProfile::environmentName(environment));
    label->setToolTip(environment == ConnectionProfile::Environment::Production
                              ? tr("%1 pushes to the live %2 account at %3.")
                                        .arg(profile.name,
                                             ConnectionProfile::vendorLabel(profile.vendor),
                                             profile.baseUrl.toString())
                              : tr("%1 pushes to %2, not to the live account.")
                                        .arg(profile.name, profile.baseUrl.toString()));
    label->setProperty("environment", int(environment));
    label->setVisible(true);
}

void ProfileBadge::clear(QLabel *label)
{
    label->clear();
    label->setStyleSheet(QString());
    label->setToolTip(QString());
    label->setProperty("environment", QVariant());
    label->setVisible(false);
}
