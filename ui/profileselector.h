#pragma once

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;

// "Profile: [acme-procore · Procore] [Production]" for the window's toolbar: the connection
// profiles (from ProfileStore) of the vendor shown, the one chosen per vendor, and a badge
// saying whether it is production, a sandbox or a test host. Push and pull start with it.
class ProfileSelector : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileSelector(QWidget *parent = nullptr);

    QComboBox *profileBox() const { return m_box; }
    QLabel *environmentLabel() const { return m_environment; }

    // Lists the profiles of `vendor` (all profiles when empty), keeping the choice made for it.
    void setVendor(const QString &vendor);
    // Re-reads the profile store (after the profiles dialog).
    void reload();
    // The chosen profile's name; empty when there is none.
    QString currentProfile() const;
    bool selectProfile(const QString &name);

signals:
    void profileChanged(const QString &name);

private:
    void chosen();

    QLabel *m_label;
    QComboBox *m_box;
    QLabel *m_environment;
    QString m_vendor;
    QHash<QString, QString> m_choice; // vendor -> profile name
    bool m_filling = false;
};
