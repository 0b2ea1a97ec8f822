<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>MainWindow</name>
    <message>
        <source>Oberih</source>
        <translation>Оберіг</translation>
    </message>
    <message>
        <source>Oberih — case management</source>
        <translation>Оберіг — ведення випадків</translation>
    </message>
    <message>
        <source>Database found. Sign-in will appear here in the next version.</source>
        <translation>Базу даних знайдено. Вхід до системи з’явиться тут у наступній версії.</translation>
    </message>
    <message>
        <source>No database yet. Create one with: shelter-app init --db PATH --admin NAME --password-stdin</source>
        <translation>Бази даних ще немає. Створіть її командою: shelter-app init --db ШЛЯХ --admin ІМ’Я --password-stdin</translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <source>This username is already taken.</source>
        <translation>Це ім’я користувача вже зайняте.</translation>
    </message>
    <message>
        <source>Reactivate the account before setting its password.</source>
        <translation>Спершу відновіть обліковий запис, потім задайте пароль.</translation>
    </message>
    <message>
        <source>No such account.</source>
        <translation>Такого облікового запису немає.</translation>
    </message>
    <message>
        <source>At least one active administrator must remain.</source>
        <translation>Має залишитися принаймні один активний адміністратор.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Oberih</source>
        <translation>Оберіг</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Password: </source>
        <translation>Пароль: </translation>
    </message>
    <message>
        <source>Give --password-stdin to read the password from standard input.</source>
        <translation>Додайте --password-stdin, щоб прочитати пароль зі стандартного введення.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Пароль порожній.</translation>
    </message>
    <message>
        <source>Database created: %1</source>
        <translation>Базу даних створено: %1</translation>
    </message>
    <message>
        <source>Recovery code. Write it down and keep it in a safe place; it is shown only this once and opens the database if the administrator&apos;s password is lost:</source>
        <translation>Код відновлення. Запишіть його та зберігайте в надійному місці; він показується лише цей раз і відкриває базу даних, якщо пароль адміністратора втрачено:</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>гаразд</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>ПРОБЛЕМА</translation>
    </message>
    <message>
        <source>Database pages (SQLite and SQLCipher HMAC): %1</source>
        <translation>Сторінки бази даних (SQLite і HMAC SQLCipher): %1</translation>
    </message>
    <message>
        <source>entry %1 altered or missing</source>
        <translation>запис %1 змінено або вилучено</translation>
    </message>
    <message>
        <source>Audit log chain (%1 entries): %2</source>
        <translation>Ланцюжок журналу аудиту (записів: %1): %2</translation>
    </message>
    <message>
        <source>Audit log completeness: %1</source>
        <translation>Повнота журналу аудиту: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2): %3</source>
        <translation>Версія схеми: %1 (ця програма: %2): %3</translation>
    </message>
    <message>
        <source>Key file: %1 account slot(s), %2 recovery slot(s)</source>
        <translation>Файл ключів: слотів облікових записів — %1, слотів відновлення — %2</translation>
    </message>
    <message>
        <source>Check passed.</source>
        <translation>Перевірку пройдено.</translation>
    </message>
    <message>
        <source>Check FAILED: see the lines above.</source>
        <translation>Перевірку НЕ пройдено: див. рядки вище.</translation>
    </message>
    <message>
        <source>the audit head file beside the database is missing</source>
        <translation>файл останнього запису аудиту поруч із базою даних відсутній</translation>
    </message>
    <message>
        <source>newest entries were removed</source>
        <translation>найновіші записи вилучено</translation>
    </message>
    <message>
        <source>an entry differs from the one recorded</source>
        <translation>запис відрізняється від зафіксованого</translation>
    </message>
    <message>
        <source>the audit head file belongs to another database</source>
        <translation>файл останнього запису аудиту належить іншій базі даних</translation>
    </message>
    <message>
        <source>Unexpected internal error (%1); nothing further was changed.</source>
        <translation>Неочікувана внутрішня помилка (%1); більше нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Wrong username or password, or the account is deactivated.</source>
        <translation>Неправильне ім’я користувача чи пароль, або обліковий запис вимкнено.</translation>
    </message>
    <message>
        <source>The recovery code is not correct.</source>
        <translation>Код відновлення неправильний.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Забагато невдалих спроб. Спробуйте ще раз через %n секунду.</numerusform>
            <numerusform>Забагато невдалих спроб. Спробуйте ще раз через %n секунди.</numerusform>
            <numerusform>Забагато невдалих спроб. Спробуйте ще раз через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key file next to the database is missing; the database cannot be opened.</source>
        <translation>Файл ключів поруч із базою даних відсутній; базу даних неможливо відкрити.</translation>
    </message>
    <message>
        <source>The key file is damaged or was altered; nothing was changed.</source>
        <translation>Файл ключів пошкоджено або змінено; нічого не змінено.</translation>
    </message>
    <message>
        <source>No database at this path.</source>
        <translation>За цим шляхом немає бази даних.</translation>
    </message>
    <message>
        <source>The database file is damaged or does not belong to this key file; nothing was changed.</source>
        <translation>Файл бази даних пошкоджено або він не відповідає цьому файлу ключів; нічого не змінено.</translation>
    </message>
    <message>
        <source>This file is not an Oberih database; nothing was changed.</source>
        <translation>Цей файл не є базою даних «Оберегу»; нічого не змінено.</translation>
    </message>
    <message>
        <source>Oberih is already open on this computer with this database.</source>
        <translation>«Оберіг» уже відкрито на цьому комп’ютері з цією базою даних.</translation>
    </message>
    <message>
        <source>The database is busy with another program; try again in a moment.</source>
        <translation>База даних зайнята іншою програмою; спробуйте ще раз за мить.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Oberih; update the program before opening it.</source>
        <translation>Цю базу даних створено новішою версією «Оберегу»; оновіть програму, перш ніж відкривати її.</translation>
    </message>
    <message>
        <source>A database already exists at this path; nothing was changed.</source>
        <translation>За цим шляхом уже є база даних; нічого не змінено.</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>Ваша роль не дозволяє цієї дії.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>A username has 2 to 32 characters.</source>
        <translation>Ім’я користувача має містити від 2 до 32 символів.</translation>
    </message>
    <message>
        <source>A username may contain only letters, digits, dot, dash and underscore.</source>
        <translation>Ім’я користувача може містити лише літери, цифри, крапку, дефіс і підкреслення.</translation>
    </message>
    <message>
        <source>Enter a display name of up to 120 characters.</source>
        <translation>Введіть ім’я для показу (до 120 символів).</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Пароль має містити щонайменше %1 символів.</translation>
    </message>
    <message>
        <source>The password must not be the username.</source>
        <translation>Пароль не може збігатися з ім’ям користувача.</translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation>Невідома роль.</translation>
    </message>
</context>
</TS>
