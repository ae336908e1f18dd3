#pragma once

class QCoreApplication;

// Installs the translation for the user's language (compiled into the program), falling back to English,
// which carries the English plural forms.
class Translations
{
public:
    static void install(QCoreApplication &application);
};
