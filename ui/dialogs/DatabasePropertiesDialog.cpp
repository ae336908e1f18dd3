#include "DatabasePropertiesDialog.h"

#include "setup/DatabaseProperties.h"
#include "storage/KeyStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

DatabasePropertiesDialog::DatabasePropertiesDialog(Database &database, const QString &keychainService,
                                                   QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("databasePropertiesDialog"));
    setWindowTitle(tr("Database properties"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto rows = DatabaseProperties::of(database, keychainService, KeyStore::backendName());
    for (const DatabaseProperties::Row &row : rows) {
        auto *value = new QLabel(row.value, this);
        value->setObjectName(QStringLiteral("property_") + row.name);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(tr("%1:").arg(row.label), value);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(640);
    // Wrapped values make the default size too tall; fit the height to the width instead.
    resize(640, qMax(layout->heightForWidth(640), layout->minimumSize().height()));
}
