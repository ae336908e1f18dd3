#pragma once

class QFormLayout;

// Keyboard and screen-reader wiring of a QFormLayout whose fields are wrapped (an editor with its problem
// line under it, a path with a Choose… button, a row of controls): each row's label mnemonic reaches the
// editor inside, and an editor that a screen reader would announce without a name takes the label's.
namespace FormAccessibility {

void nameFieldsFromLabels(QFormLayout *form);

} // namespace FormAccessibility
