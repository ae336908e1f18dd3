#include "FormAccessibility.h"

#include <QAccessible>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>

namespace FormAccessibility {

namespace {

// The first widget that takes focus in a layout item: the widget, its focus proxy, or the first focusable
// widget of a nested layout.
QWidget *editorOf(QLayoutItem *item)
{
    if (!item)
        return nullptr;
    if (QWidget *widget = item->widget()) {
        while (widget->focusProxy())
            widget = widget->focusProxy();
        return widget->focusPolicy() & Qt::TabFocus ? widget : nullptr;
    }
    if (QLayout *layout = item->layout()) {
        for (int i = 0; i < layout->count(); ++i) {
            if (QWidget *widget = editorOf(layout->itemAt(i)))
                return widget;
        }
    }
    return nullptr;
}

} // namespace

void nameFieldsFromLabels(QFormLayout *form)
{
    for (int row = 0; row < form->rowCount(); ++row) {
        QLayoutItem *labelItem = form->itemAt(row, QFormLayout::LabelRole);
        auto *label = labelItem ? qobject_cast<QLabel *>(labelItem->widget()) : nullptr;
        QWidget *editor = editorOf(form->itemAt(row, QFormLayout::FieldRole));
        if (!label || !editor || label->text().isEmpty())
            continue;
        if (label->buddy() != editor)
            label->setBuddy(editor);
        QAccessibleInterface *face = QAccessible::queryAccessibleInterface(editor);
        if (editor->accessibleName().isEmpty() && (!face || face->text(QAccessible::Name).isEmpty())) {
            QString name = label->text();
            name.remove(QLatin1Char('&'));
            if (name.endsWith(QLatin1Char(':')))
                name.chop(1);
            editor->setAccessibleName(name.trimmed());
        }
    }
}

} // namespace FormAccessibility
