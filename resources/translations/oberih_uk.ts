<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AccountPage</name>
    <message>
        <source>Create the database</source>
        <translation>Створення бази даних</translation>
    </message>
    <message>
        <source>Oberih keeps its records encrypted on this computer. Create the first administrator account: she will add the other staff accounts.</source>
        <translation>Оберіг зберігає записи зашифрованими на цьому комп’ютері. Створіть перший обліковий запис адміністраторки: вона додасть облікові записи інших працівниць.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Ім’я користувача:</translation>
    </message>
    <message>
        <source>&amp;Name shown to colleagues:</source>
        <translation>І&amp;м’я, яке бачать колеги:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>П&amp;овторіть пароль:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Два паролі відрізняються.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Зміна мого пароля</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Поточний пароль:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новий пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>П&amp;овторіть новий пароль:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Два паролі відрізняються.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>Поточний пароль неправильний.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Oberih — first start</source>
        <translation>Оберіг — перший запуск</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Створити</translation>
    </message>
    <message>
        <source>&amp;Start working</source>
        <translation>&amp;Почати роботу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>LockWindow</name>
    <message>
        <source>Oberih</source>
        <translation>Оберіг</translation>
    </message>
    <message>
        <source>Oberih is locked</source>
        <translation>Оберіг заблоковано</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2). Enter her password to continue.</source>
        <translation>Працює: %1 (%2). Введіть її пароль, щоб продовжити.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Вийти з облікового запису</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Розблокувати</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Oberih</source>
        <translation>Оберіг</translation>
    </message>
    <message>
        <source>There is no work area for your role yet.</source>
        <translation>Для вашої ролі ще немає робочих розділів.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Головна</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>Заблокувати (Ctrl+L)</translation>
    </message>
    <message>
        <source>Quick exit (F12)</source>
        <translation>Швидкий вихід (F12)</translation>
    </message>
    <message>
        <source>Hides every window of the program at once and locks it.</source>
        <translation>Миттєво ховає всі вікна програми й блокує її.</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Обліковий запис</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Змінити мій &amp;пароль…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокувати</translation>
    </message>
    <message>
        <source>&amp;Quick exit</source>
        <translation>&amp;Швидкий вихід</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Вийти з облікового запису</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти з програми</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Перейти</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;About Oberih</source>
        <translation>&amp;Про «Оберіг»</translation>
    </message>
    <message>
        <source>Signed in: %1 — %2</source>
        <translation>Працює: %1 — %2</translation>
    </message>
    <message>
        <source>Demo database: synthetic clients only</source>
        <translation>Демонстраційна база: лише вигадані клієнтки</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заблокувати</translation>
    </message>
    <message>
        <source>About Oberih</source>
        <translation>Про «Оберіг»</translation>
    </message>
    <message>
        <source>Oberih %1 — case management for the Kyiv City Centre for Work with Women and its Shelter. Records are kept encrypted on this computer.</source>
        <translation>Оберіг %1 — ведення справ Київського міського центру роботи з жінками та притулку. Записи зберігаються зашифрованими на цьому комп’ютері.</translation>
    </message>
</context>
<context>
    <name>OberihApp</name>
    <message>
        <source>Creating a demo database of synthetic clients…</source>
        <translation>Створюємо демонстраційну базу з вигаданими клієнтками…</translation>
    </message>
    <message>
        <source>Oberih</source>
        <translation>Оберіг</translation>
    </message>
    <message>
        <source>Making the daily backup before closing…</source>
        <translation>Робимо щоденну резервну копію перед закриттям…</translation>
    </message>
    <message>
        <source>The daily backup could not be made: %1 Everything you saved is in the database; make a backup from Administration when you can.</source>
        <translation>Не вдалося зробити щоденну резервну копію: %1 Усе збережене є в базі; зробіть резервну копію в розділі «Адміністрування», щойно зможете.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Відновлюємо резервну копію…</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>Резервну копію не відновлено: %1</translation>
    </message>
    <message>
        <source>The backup was restored and checked. The previous database is kept beside it under a dated name. Sign in again.</source>
        <translation>Резервну копію відновлено й перевірено. Попередню базу збережено поруч під назвою з датою. Увійдіть знову.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Ваш код відновлення</translation>
    </message>
    <message>
        <source>If the administrator&apos;s password is ever lost, this code is the only way into the records. It is shown only now.</source>
        <translation>Якщо пароль адміністраторки буде втрачено, цей код — єдиний спосіб відкрити записи. Його показано лише зараз.</translation>
    </message>
    <message>
        <source>Print it or write it on paper and keep it locked away from this computer (not in a file, not in e-mail, not on the phone).</source>
        <translation>Надрукуйте або запишіть його на папері й зберігайте під замком окремо від комп’ютера (не у файлі, не в пошті, не в телефоні).</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Друкувати…</translation>
    </message>
    <message>
        <source>I have &amp;written down or printed the code and will keep it safe.</source>
        <translation>Я &amp;записала або надрукувала код і зберігатиму його в безпеці.</translation>
    </message>
    <message>
        <source>Oberih recovery code</source>
        <translation>Код відновлення «Оберегу»</translation>
    </message>
    <message>
        <source>Keep this paper locked away from the computer.</source>
        <translation>Зберігайте цей аркуш під замком окремо від комп’ютера.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover with the printed code</source>
        <translation>Відновлення за надрукованим кодом</translation>
    </message>
    <message>
        <source>Type the recovery code that was printed when the database was created, the administrator&apos;s username and a new password for her.</source>
        <translation>Введіть код відновлення, надрукований під час створення бази, ім’я користувача адміністраторки та новий пароль для неї.</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Код відновлення:</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;username:</source>
        <translation>Ім’я &amp;користувача адміністраторки:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новий пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Повторіть його:</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Відновити</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Два паролі відрізняються.</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Oberih</source>
        <translation>Оберіг</translation>
    </message>
    <message>
        <source>Kyiv City Centre for Work with Women and its Shelter</source>
        <translation>Київський міський центр роботи з жінками та притулок</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Ім’я користувача:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Forgot the administrator password…</source>
        <translation>&amp;Забули пароль адміністратора…</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Увійти</translation>
    </message>
    <message>
        <source>Demo database with synthetic clients only. Every account below opens with the password %1. Click one to fill in the form.</source>
        <translation>Демонстраційна база лише з вигаданими клієнтками. Кожен обліковий запис нижче відкривається паролем %1. Натисніть на один, щоб заповнити форму.</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Введіть ім’я користувача.</translation>
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
    <name>areas</name>
    <message>
        <source>Overview</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клієнтки</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Консультації</translation>
    </message>
    <message>
        <source>Courses and events</source>
        <translation>Курси й заходи</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Притулок</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Адміністрування</translation>
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
        <source>Demo database created: %1</source>
        <translation>Демонстраційну базу даних створено: %1</translation>
    </message>
    <message>
        <source>%1 clients, %2 consultations, %3 referrals, %4 shelter stays with %5 children, %6 course enrolments, %7 events.</source>
        <translation>Клієнток: %1, консультацій: %2, направлень: %3, перебувань у Притулку: %4 (дітей: %5), записів на курси: %6, заходів: %7.</translation>
    </message>
    <message>
        <source>Accounts, all with the password given: %1</source>
        <translation>Облікові записи, усі з указаним паролем: %1</translation>
    </message>
    <message>
        <source>Built in %1 s.</source>
        <translation>Створено за %1 с.</translation>
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
        <source>Backup written and verified: %1</source>
        <translation>Резервну копію записано й перевірено: %1</translation>
    </message>
    <message>
        <source>Restored the backup of %1 to %2.</source>
        <translation>Відновлено резервну копію від %1 до %2.</translation>
    </message>
    <message>
        <source>The previous file is kept as %1</source>
        <translation>Попередній файл збережено як %1</translation>
    </message>
    <message>
        <source>The newest good backup is %1.</source>
        <translation>Найновіша справна резервна копія: %1.</translation>
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
    <name>clients</name>
    <message>
        <source>No such client.</source>
        <translation>Такого клієнта немає.</translation>
    </message>
    <message>
        <source>This client&apos;s record is archived; restore it first.</source>
        <translation>Картку цієї клієнтки заархівовано; спершу відновіть її.</translation>
    </message>
    <message>
        <source>Someone else saved this client&apos;s record while you were editing it. Reopen the record to see the changes, then edit again.</source>
        <translation>Поки ви редагували картку клієнтки, хтось інший зберіг у ній зміни. Відкрийте картку знову, щоб побачити ці зміни, і тоді редагуйте.</translation>
    </message>
    <message>
        <source>This client&apos;s record is already archived.</source>
        <translation>Картка цієї клієнтки вже в архіві.</translation>
    </message>
    <message>
        <source>She has a stay in the shelter that has not ended; record her departure before archiving.</source>
        <translation>Її перебування в притулку ще не завершено; перш ніж архівувати картку, зареєструйте її вибуття.</translation>
    </message>
    <message>
        <source>This client&apos;s record is not archived.</source>
        <translation>Картка цієї клієнтки не в архіві.</translation>
    </message>
    <message>
        <source>She already has this consent on record and has not withdrawn it.</source>
        <translation>Ця згода вже зареєстрована, і вона її не відкликала.</translation>
    </message>
    <message>
        <source>No such consent record.</source>
        <translation>Такого запису про згоду немає.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>Цю згоду вже відкликано.</translation>
    </message>
    <message>
        <source>Enter text to search.</source>
        <translation>Введіть текст для пошуку.</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Оберіть «так» чи «ні».</translation>
    </message>
    <message>
        <source>Fill in the client form.</source>
        <translation>Заповніть картку клієнтки.</translation>
    </message>
    <message>
        <source>Enter her phone number, or untick safe to call and safe to text.</source>
        <translation>Вкажіть її номер телефону або зніміть позначки «безпечно телефонувати» і «безпечно писати».</translation>
    </message>
    <message>
        <source>A name may contain only letters, apostrophes, hyphens and spaces.</source>
        <translation>Ім’я може містити лише літери, апострофи, дефіси та пробіли.</translation>
    </message>
    <message>
        <source>A name must begin with a letter.</source>
        <translation>Ім’я має починатися з літери.</translation>
    </message>
    <message>
        <source>Check the birth date: her age must be from %1 to %2 years.</source>
        <translation>Перевірте дату народження: її вік має бути від %1 до %2 років.</translation>
    </message>
    <message>
        <source>The birth year does not match the birth date.</source>
        <translation>Рік народження не збігається з датою народження.</translation>
    </message>
    <message>
        <source>Enter a phone number of 7 to 20 digits; only +, spaces, brackets and hyphens may go with them.</source>
        <translation>Введіть номер телефону з 7–20 цифр; крім цифр, можна використовувати лише +, пробіли, дужки та дефіси.</translation>
    </message>
</context>
<context>
    <name>consultations</name>
    <message>
        <source>An appointment cannot be booked in the past; log the held consultation instead.</source>
        <translation>Запис не можна призначити на минулий час; натомість внесіть проведену консультацію.</translation>
    </message>
    <message>
        <source>An appointment can be booked at most a year ahead.</source>
        <translation>Запис можна призначити щонайбільше на рік наперед.</translation>
    </message>
    <message>
        <source>Choose first or repeat.</source>
        <translation>Оберіть: первинна чи повторна.</translation>
    </message>
    <message>
        <source>The appointment has not begun yet; it cannot be a no-show.</source>
        <translation>Запис ще не почався; його не можна позначити як неявку.</translation>
    </message>
    <message>
        <source>Choose at least one topic.</source>
        <translation>Оберіть принаймні одну тему.</translation>
    </message>
    <message>
        <source>The note must be text.</source>
        <translation>Нотатка має бути текстом.</translation>
    </message>
    <message>
        <source>A held consultation cannot start in the future; book an appointment instead.</source>
        <translation>Проведена консультація не може починатися в майбутньому; натомість призначте запис.</translation>
    </message>
    <message>
        <source>Only a psychologist may write a psychological note.</source>
        <translation>Психологічну нотатку може писати лише психолог.</translation>
    </message>
    <message>
        <source>Only a lawyer may write a legal note.</source>
        <translation>Юридичну нотатку може писати лише юрист.</translation>
    </message>
    <message>
        <source>The specialist must be an active psychologist&apos;s account.</source>
        <translation>Фахівцем має бути активний обліковий запис психолога.</translation>
    </message>
    <message>
        <source>The specialist must be an active lawyer&apos;s account.</source>
        <translation>Фахівцем має бути активний обліковий запис юриста.</translation>
    </message>
    <message>
        <source>The specialist already has an appointment at this time.</source>
        <translation>У фахівця вже є запис на цей час.</translation>
    </message>
    <message>
        <source>Only a scheduled appointment can be marked held, no-show or cancelled; this one is already: %1.</source>
        <translation>Лише запланований запис можна позначити як проведений, неявку чи скасований; цей уже має стан: %1.</translation>
    </message>
    <message>
        <source>No such consultation.</source>
        <translation>Такої консультації немає.</translation>
    </message>
</context>
<context>
    <name>countdown</name>
    <message>
        <source>Too many failed attempts. You can try again in %1 s.</source>
        <translation>Забагато невдалих спроб. Спробувати знову можна через %1 с.</translation>
    </message>
</context>
<context>
    <name>courses</name>
    <message>
        <source>Places taken: %1; the capacity cannot be lower.</source>
        <translation>Зайнято місць: %1; місткість не може бути меншою.</translation>
    </message>
    <message>
        <source>A session is held before this date; move or remove it first.</source>
        <translation>Одне із занять відбувається раніше за цю дату; спершу перенесіть або видаліть його.</translation>
    </message>
    <message>
        <source>A session is held after this date; move or remove it first.</source>
        <translation>Одне із занять відбувається пізніше за цю дату; спершу перенесіть або видаліть його.</translation>
    </message>
    <message>
        <source>This course is not archived.</source>
        <translation>Цей курс не в архіві.</translation>
    </message>
    <message>
        <source>Attendance is recorded for this session; it cannot be removed.</source>
        <translation>Для цього заняття вже записано відвідування; його не можна видалити.</translation>
    </message>
    <message>
        <source>This course has already ended.</source>
        <translation>Цей курс уже завершився.</translation>
    </message>
    <message>
        <source>She is already enrolled in or waiting for this course.</source>
        <translation>Вона вже записана на цей курс або чекає на місце.</translation>
    </message>
    <message>
        <source>Only an enrolment or a place on the waiting list can be withdrawn.</source>
        <translation>Скасувати можна лише запис на курс або місце в списку очікування.</translation>
    </message>
    <message>
        <source>Only an enrolled participant can complete the course.</source>
        <translation>Завершити курс може лише записана учасниця.</translation>
    </message>
    <message>
        <source>Attendance can be recorded only once the session has taken place.</source>
        <translation>Відвідування можна записати лише після того, як заняття відбулося.</translation>
    </message>
    <message>
        <source>Only women enrolled in this course can be marked present.</source>
        <translation>Присутніми можна позначити лише жінок, записаних на цей курс.</translation>
    </message>
    <message>
        <source>Attendance is recorded for this session; it cannot be moved to a day that has not come yet.</source>
        <translation>Для цього заняття вже записано відвідування; його не можна перенести на день, який ще не настав.</translation>
    </message>
    <message>
        <source>A session must fall within the course dates, %1 to %2.</source>
        <translation>Заняття має відбуватися в межах дат курсу, з %1 по %2.</translation>
    </message>
    <message>
        <source>This course already has a session at this time.</source>
        <translation>На цей час у курсі вже є заняття.</translation>
    </message>
    <message>
        <source>No such course.</source>
        <translation>Такого курсу немає.</translation>
    </message>
    <message>
        <source>This course is archived; restore it first.</source>
        <translation>Цей курс в архіві; спершу відновіть його.</translation>
    </message>
    <message>
        <source>No such course session.</source>
        <translation>Такого заняття немає.</translation>
    </message>
    <message>
        <source>No such enrolment.</source>
        <translation>Такого запису на курс немає.</translation>
    </message>
    <message>
        <source>Choose the women who were present.</source>
        <translation>Позначте жінок, які були присутні.</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>The number of clients must be from %1 to %2.</source>
        <translation>Кількість клієнток має бути від %1 до %2.</translation>
    </message>
    <message>
        <source>The seed must be a whole number.</source>
        <translation>Зерно генератора має бути цілим числом.</translation>
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
    <message>
        <source>Too many failed attempts. Try again in %1 s.</source>
        <translation>Забагато невдалих спроб. Спробуйте ще раз через %1 с.</translation>
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
    <message>
        <source>This file is not a usable Oberih backup (damaged or foreign); nothing was changed.</source>
        <translation>Цей файл не є придатною резервною копією «Оберегу» (пошкоджений або чужий); нічого не змінено.</translation>
    </message>
    <message>
        <source>The backup could not be written and verified; no backup file was left.</source>
        <translation>Не вдалося записати й перевірити резервну копію; файл копії не залишено.</translation>
    </message>
</context>
<context>
    <name>events</name>
    <message>
        <source>An event can be planned at most %1 days ahead.</source>
        <translation>Захід можна запланувати щонайбільше на %1 днів наперед.</translation>
    </message>
    <message>
        <source>Attendance can be recorded once the event has taken place.</source>
        <translation>Кількість учасників можна записати лише після того, як захід відбувся.</translation>
    </message>
    <message>
        <source>Choose partner organisations from the register.</source>
        <translation>Оберіть організації-партнери з реєстру.</translation>
    </message>
    <message>
        <source>At most %1 partner organisations can be named.</source>
        <translation>Можна вказати щонайбільше %1 організацій-партнерів.</translation>
    </message>
    <message>
        <source>Choose active partner organisations from the register.</source>
        <translation>Оберіть активні організації-партнери з реєстру.</translation>
    </message>
    <message>
        <source>No such event.</source>
        <translation>Такого заходу немає.</translation>
    </message>
</context>
<context>
    <name>partners</name>
    <message>
        <source>No such partner organisation.</source>
        <translation>Такої організації-партнера немає.</translation>
    </message>
    <message>
        <source>A partner organisation with this name is already registered.</source>
        <translation>Організацію-партнера з такою назвою вже зареєстровано.</translation>
    </message>
</context>
<context>
    <name>password</name>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>Закороткий: щонайменше %1 символів.</translation>
    </message>
    <message>
        <source>Weak: make it longer, e.g. three unrelated words.</source>
        <translation>Слабкий: зробіть довшим, наприклад, три не пов’язані слова.</translation>
    </message>
    <message>
        <source>Fair.</source>
        <translation>Посередній.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Надійний.</translation>
    </message>
</context>
<context>
    <name>referrals</name>
    <message>
        <source>Say whether her identity is shared.</source>
        <translation>Зазначте, чи передаються партнерові її особові дані.</translation>
    </message>
    <message>
        <source>Choose the partner her identity is shared with.</source>
        <translation>Оберіть партнера, якому передаються її особові дані.</translation>
    </message>
    <message>
        <source>Her identity can be shared with a partner only with her consent to sharing with referral partners, valid on the referral date.</source>
        <translation>Особові дані можна передати партнерові лише за її згодою на передачу даних партнерам для перенаправлення, чинною на дату перенаправлення.</translation>
    </message>
    <message>
        <source>No such referral.</source>
        <translation>Такого перенаправлення немає.</translation>
    </message>
    <message>
        <source>Choose an active partner organisation.</source>
        <translation>Оберіть активну організацію-партнера.</translation>
    </message>
</context>
<context>
    <name>reports_pdf</name>
    <message>
        <source>Anonymised activity summary</source>
        <translation>Анонімізований звіт про діяльність</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Звітний період</translation>
    </message>
    <message>
        <source>Dates covered</source>
        <translation>Охоплені дати</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Сформовано</translation>
    </message>
    <message>
        <source>Generated by (role)</source>
        <translation>Укладач (роль)</translation>
    </message>
    <message>
        <source>Disclosure threshold</source>
        <translation>Поріг розкриття</translation>
    </message>
    <message>
        <source>Counts from 1 to %1 are shown as “&lt;%2”, and further cells are hidden (“×”) so that no hidden count can be worked out from the totals.</source>
        <translation>Кількості від 1 до %1 показано як «&lt;%2», а ще деякі клітинки приховано («×»), щоб жодну приховану кількість не можна було обчислити з підсумків.</translation>
    </message>
    <message>
        <source>This report holds aggregate figures only: no names, identifiers, exact dates or free text about any person.</source>
        <translation>Звіт містить лише узагальнені показники: жодних імен, ідентифікаторів, точних дат чи довільного тексту про будь-яку особу.</translation>
    </message>
    <message>
        <source>Anonymised summary: contains no personal data</source>
        <translation>Анонімізований звіт: не містить персональних даних</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Зміст</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Основні показники</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показник</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>Marks used in this report</source>
        <translation>Умовні позначення</translation>
    </message>
    <message>
        <source>a count from 1 to %1, withheld to protect the people behind it</source>
        <translation>кількість від 1 до %1; приховано, щоб захистити людей, яких вона стосується</translation>
    </message>
    <message>
        <source>withheld so that a count marked “&lt;%1” cannot be worked out from the totals or from other cells</source>
        <translation>приховано, щоб кількість, позначену «&lt;%1», не можна було обчислити з підсумків чи інших клітинок</translation>
    </message>
    <message>
        <source>a mean, median or percentage over fewer than %1 people, not shown</source>
        <translation>середнє, медіану чи відсоток, обчислені для менш ніж %1 осіб, не показано</translation>
    </message>
    <message>
        <source>Bold rows are totals.</source>
        <translation>Жирним шрифтом виділено рядки підсумків.</translation>
    </message>
    <message>
        <source>Withheld figures are printed in grey on a shaded background. In the charts a withheld month is left blank and labelled with its mark.</source>
        <translation>Приховані значення надруковано сірим на затіненому тлі. На діаграмах прихований місяць залишено порожнім і підписано його позначкою.</translation>
    </message>
    <message>
        <source>Monthly trends</source>
        <translation>Динаміка за місяцями</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Таблиці</translation>
    </message>
    <message>
        <source>Table %1. %2</source>
        <translation>Таблиця %1. %2</translation>
    </message>
    <message>
        <source>Chart %1. %2</source>
        <translation>Діаграма %1. %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (продовження)</translation>
    </message>
    <message>
        <source>Columns %1–%2 of %3.</source>
        <translation>Стовпці %1–%2 із %3.</translation>
    </message>
    <message>
        <source>“%1”: a count from 1 to %2</source>
        <translation>«%1» — кількість від 1 до %2</translation>
    </message>
    <message>
        <source>“%1”: withheld to protect another cell</source>
        <translation>«%1» — приховано для захисту іншої клітинки</translation>
    </message>
    <message>
        <source>Definition: “%1”, Appendix B.</source>
        <translation>Визначення: «%1», додаток Б.</translation>
    </message>
    <message>
        <source>Withheld months are left blank and show their mark.</source>
        <translation>Приховані місяці залишено порожніми та позначено.</translation>
    </message>
    <message>
        <source>Appendix A. How figures were protected</source>
        <translation>Додаток А. Як захищено дані</translation>
    </message>
    <message>
        <source>Appendix B. Indicator definitions</source>
        <translation>Додаток Б. Визначення показників</translation>
    </message>
    <message>
        <source>No months to show.</source>
        <translation>Немає місяців для показу.</translation>
    </message>
    <message>
        <source>Every month of this series is withheld (%1).</source>
        <translation>Значення за всі місяці приховано (%1).</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
</context>
<context>
    <name>retention</name>
    <message>
        <source>Choose the clients from the purge preview.</source>
        <translation>Оберіть клієнток із попереднього перегляду очищення.</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>administrator</source>
        <translation>адміністраторка</translation>
    </message>
    <message>
        <source>case worker</source>
        <translation>фахівчиня із соціальної роботи</translation>
    </message>
    <message>
        <source>psychologist</source>
        <translation>психологиня</translation>
    </message>
    <message>
        <source>lawyer</source>
        <translation>юристка</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>координаторка</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>Has the violence become more frequent or more severe in the past year?</source>
        <translation>Чи стало насильство частішим або жорстокішим за останній рік?</translation>
    </message>
    <message>
        <source>Has he threatened to kill her or her children?</source>
        <translation>Чи погрожував він убити її або її дітей?</translation>
    </message>
    <message>
        <source>Has he ever choked or strangled her?</source>
        <translation>Чи він коли-небудь душив її?</translation>
    </message>
    <message>
        <source>Does he own or have easy access to a firearm or another weapon?</source>
        <translation>Чи має він вогнепальну чи іншу зброю або легкий доступ до неї?</translation>
    </message>
    <message>
        <source>Has he used a weapon against her or threatened her with one?</source>
        <translation>Чи застосовував він проти неї зброю або погрожував нею?</translation>
    </message>
    <message>
        <source>Does he follow or watch her, or keep calling and messaging her?</source>
        <translation>Чи переслідує він її, стежить за нею або постійно телефонує й пише їй?</translation>
    </message>
    <message>
        <source>Has she left him or tried to leave in the past year, or is she about to?</source>
        <translation>Чи пішла вона від нього або намагалася піти за останній рік, чи збирається піти?</translation>
    </message>
    <message>
        <source>Has he threatened or hurt the children?</source>
        <translation>Чи погрожував він дітям або завдавав їм шкоди?</translation>
    </message>
    <message>
        <source>Has he forced her into sexual acts?</source>
        <translation>Чи примушував він її до дій сексуального характеру?</translation>
    </message>
    <message>
        <source>Has he been violent to her while she was pregnant?</source>
        <translation>Чи чинив він насильство щодо неї під час вагітності?</translation>
    </message>
    <message>
        <source>Is he constantly and violently jealous, or does he control her daily life?</source>
        <translation>Чи він постійно й агресивно ревнує або контролює її повсякденне життя?</translation>
    </message>
    <message>
        <source>Does he drink heavily or use drugs?</source>
        <translation>Чи зловживає він алкоголем або вживає наркотики?</translation>
    </message>
    <message>
        <source>Choose at least one form of violence.</source>
        <translation>Оберіть принаймні одну форму насильства.</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Оберіть «так» чи «ні».</translation>
    </message>
    <message>
        <source>Enter how many children witnessed or suffered the violence.</source>
        <translation>Вкажіть, скільки дітей були свідками насильства або постраждали від нього.</translation>
    </message>
    <message>
        <source>The review date must be after the plan&apos;s date.</source>
        <translation>Дата перегляду має бути пізніше за дату плану.</translation>
    </message>
    <message>
        <source>Review a safety plan at least once a year.</source>
        <translation>План безпеки слід переглядати щонайменше раз на рік.</translation>
    </message>
    <message>
        <source>No such safety plan.</source>
        <translation>Такого плану безпеки немає.</translation>
    </message>
    <message>
        <source>This plan has already been reviewed.</source>
        <translation>Цей план уже переглянуто.</translation>
    </message>
    <message>
        <source>Violence and health details can be recorded only with her consent to processing them, valid on that date. Record her consent first.</source>
        <translation>Відомості про насильство та здоров’я можна вносити лише за її згодою на їх обробку, чинною на цю дату. Спочатку зареєструйте її згоду.</translation>
    </message>
    <message>
        <source>Answer the questions of the risk assessment.</source>
        <translation>Дайте відповіді на запитання оцінки ризику.</translation>
    </message>
    <message>
        <source>Answer every question yes or no.</source>
        <translation>Дайте відповідь «так» чи «ні» на кожне запитання.</translation>
    </message>
    <message>
        <source>Write down the safety plan.</source>
        <translation>Запишіть план безпеки.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Unknown setting.</source>
        <translation>Невідомий параметр.</translation>
    </message>
    <message>
        <source>The extended stay cannot be shorter than the normal stay.</source>
        <translation>Продовжене перебування не може бути коротшим за звичайне.</translation>
    </message>
</context>
<context>
    <name>shelter</name>
    <message>
        <source>An admission can be booked at most %1 days ahead.</source>
        <translation>Поселення можна запланувати щонайбільше на %1 днів наперед.</translation>
    </message>
    <message>
        <source>This bed is taken or booked on a night of this stay; choose another bed.</source>
        <translation>Це ліжко зайняте або заброньоване на одну з ночей цього перебування; виберіть інше ліжко.</translation>
    </message>
    <message>
        <source>The new date must be later than the current limit, %1.</source>
        <translation>Нова дата має бути пізнішою за чинний граничний термін, %1.</translation>
    </message>
    <message>
        <source>A stay can last at most %1 days in all, that is until %2.</source>
        <translation>Перебування може тривати загалом щонайбільше %1 днів, тобто до %2.</translation>
    </message>
    <message>
        <source>A move can be booked at most %1 days ahead.</source>
        <translation>Переселення можна запланувати щонайбільше на %1 днів наперед.</translation>
    </message>
    <message>
        <source>She is already in this bed.</source>
        <translation>Вона вже займає це ліжко.</translation>
    </message>
    <message>
        <source>This bed is taken or booked on a night from that date on; choose another bed.</source>
        <translation>Це ліжко зайняте або заброньоване на одну з ночей від цієї дати; виберіть інше ліжко.</translation>
    </message>
    <message>
        <source>She has already spent nights in the shelter; record her departure instead.</source>
        <translation>Вона вже провела ночі в притулку; натомість зареєструйте її виїзд.</translation>
    </message>
    <message>
        <source>She already has a stay in the shelter.</source>
        <translation>Для неї вже є відкрите перебування в притулку.</translation>
    </message>
    <message>
        <source>She is already on the waiting list.</source>
        <translation>Вона вже в списку очікування.</translation>
    </message>
    <message>
        <source>She is not on the waiting list.</source>
        <translation>Її немає в списку очікування.</translation>
    </message>
    <message>
        <source>Enter each child&apos;s age and sex.</source>
        <translation>Вкажіть вік і стать кожної дитини.</translation>
    </message>
    <message>
        <source>At most %1 children can be recorded.</source>
        <translation>Можна записати щонайбільше %1 дітей.</translation>
    </message>
    <message>
        <source>The planned departure must be after the admission.</source>
        <translation>Запланований виїзд має бути пізніше за поселення.</translation>
    </message>
    <message>
        <source>The stay is allowed until %1; extend it before planning later.</source>
        <translation>Перебування дозволене до %1; щоб запланувати пізніший виїзд, спершу продовжте його.</translation>
    </message>
    <message>
        <source>She was staying in the shelter on that date (an earlier stay).</source>
        <translation>На цю дату вона вже перебувала в притулку (попереднє перебування).</translation>
    </message>
    <message>
        <source>There is no space for her and her children in this room (it holds %1 people); choose a bed in another room.</source>
        <translation>У цій кімнаті немає місця для неї та її дітей (кімната розрахована на %1 осіб); виберіть ліжко в іншій кімнаті.</translation>
    </message>
    <message>
        <source>No such stay.</source>
        <translation>Такого перебування немає.</translation>
    </message>
    <message>
        <source>This stay has already ended.</source>
        <translation>Це перебування вже завершено.</translation>
    </message>
</context>
<context>
    <name>shelter_layout</name>
    <message>
        <source>No such room.</source>
        <translation>Такої кімнати немає.</translation>
    </message>
    <message>
        <source>No such bed.</source>
        <translation>Такого ліжка немає.</translation>
    </message>
    <message>
        <source>This bed is out of use.</source>
        <translation>Це ліжко не використовується.</translation>
    </message>
    <message>
        <source>The date is too far in the future.</source>
        <translation>Дата надто далеко в майбутньому.</translation>
    </message>
    <message>
        <source>The room cannot hold fewer people than it has beds.</source>
        <translation>Кімната не може вміщувати менше людей, ніж у ній ліжок.</translation>
    </message>
    <message>
        <source>More women and children than that are staying or booked in this room.</source>
        <translation>У цій кімнаті проживає або заброньовано більше жінок і дітей.</translation>
    </message>
    <message>
        <source>This room already has a bed with this label.</source>
        <translation>У цій кімнаті вже є ліжко з такою позначкою.</translation>
    </message>
    <message>
        <source>Someone is staying in this bed or is booked into it; move her first.</source>
        <translation>Це ліжко зайняте або заброньоване; спершу переселіть мешканку.</translation>
    </message>
    <message>
        <source>A room with this name already exists.</source>
        <translation>Кімната з такою назвою вже існує.</translation>
    </message>
    <message>
        <source>This room already has as many beds as people it can hold; raise its capacity first.</source>
        <translation>У цій кімнаті вже стільки ліжок, скільки людей вона вміщує; спершу збільште її місткість.</translation>
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
    <message>
        <source>Enter text.</source>
        <translation>Введіть текст.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Це поле обов’язкове.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Не більше %1 символів.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Виберіть значення зі списку.</translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation>Введіть правильну дату.</translation>
    </message>
    <message>
        <source>The date is too far in the past.</source>
        <translation>Дата надто давня.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Дата не може бути в майбутньому.</translation>
    </message>
    <message>
        <source>Enter a valid date and time.</source>
        <translation>Введіть правильні дату й час.</translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>Введіть ціле число від %1 до %2.</translation>
    </message>
    <message>
        <source>This date cannot be before %1.</source>
        <translation>Ця дата не може бути раніше %1.</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>Holosiivskyi</source>
        <translation>Голосіївський</translation>
    </message>
    <message>
        <source>Darnytskyi</source>
        <translation>Дарницький</translation>
    </message>
    <message>
        <source>Desnianskyi</source>
        <translation>Деснянський</translation>
    </message>
    <message>
        <source>Dniprovskyi</source>
        <translation>Дніпровський</translation>
    </message>
    <message>
        <source>Obolonskyi</source>
        <translation>Оболонський</translation>
    </message>
    <message>
        <source>Pecherskyi</source>
        <translation>Печерський</translation>
    </message>
    <message>
        <source>Podilskyi</source>
        <translation>Подільський</translation>
    </message>
    <message>
        <source>Sviatoshynskyi</source>
        <translation>Святошинський</translation>
    </message>
    <message>
        <source>Solomianskyi</source>
        <translation>Солом’янський</translation>
    </message>
    <message>
        <source>Shevchenkivskyi</source>
        <translation>Шевченківський</translation>
    </message>
    <message>
        <source>Other city or region</source>
        <translation>Інше місто чи область</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Не зазначено</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Жіноча</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Чоловіча</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Україна</translation>
    </message>
    <message>
        <source>Another country</source>
        <translation>Інша країна</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>Особа без громадянства</translation>
    </message>
    <message>
        <source>Internally displaced person</source>
        <translation>Внутрішньо переміщена особа</translation>
    </message>
    <message>
        <source>Person with disability</source>
        <translation>Особа з інвалідністю</translation>
    </message>
    <message>
        <source>War veteran or family member</source>
        <translation>Ветеранка війни або член родини ветерана</translation>
    </message>
    <message>
        <source>Large family</source>
        <translation>Багатодітна родина</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Вагітна</translation>
    </message>
    <message>
        <source>With children under 18</source>
        <translation>Має дітей до 18 років</translation>
    </message>
    <message>
        <source>Single parent</source>
        <translation>Одинока мати</translation>
    </message>
    <message>
        <source>Low income</source>
        <translation>Малозабезпечена</translation>
    </message>
    <message>
        <source>Pensioner</source>
        <translation>Пенсіонерка</translation>
    </message>
    <message>
        <source>On her own</source>
        <translation>Звернулася сама</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Гаряча лінія</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Поліція</translation>
    </message>
    <message>
        <source>Another service</source>
        <translation>Інша служба</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>Громадська організація</translation>
    </message>
    <message>
        <source>Processing of personal data</source>
        <translation>Обробка персональних даних</translation>
    </message>
    <message>
        <source>Processing of violence and health details</source>
        <translation>Обробка відомостей про насильство та здоров’я</translation>
    </message>
    <message>
        <source>Sharing with referral partners</source>
        <translation>Передавання партнерам при перенаправленні</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низький</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Середній</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Високий</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Дуже високий</translation>
    </message>
    <message>
        <source>Physical violence</source>
        <translation>Фізичне насильство</translation>
    </message>
    <message>
        <source>Sexual violence</source>
        <translation>Сексуальне насильство</translation>
    </message>
    <message>
        <source>Psychological violence</source>
        <translation>Психологічне насильство</translation>
    </message>
    <message>
        <source>Economic violence</source>
        <translation>Економічне насильство</translation>
    </message>
    <message>
        <source>Psychological consultation</source>
        <translation>Психологічна консультація</translation>
    </message>
    <message>
        <source>Legal consultation</source>
        <translation>Юридична консультація</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Особисто</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Телефоном</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Не з’явилася</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Потрібна повторна зустріч</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Перенаправлено</translation>
    </message>
    <message>
        <source>Declined further help</source>
        <translation>Відмовилася від подальшої допомоги</translation>
    </message>
    <message>
        <source>Trauma</source>
        <translation>Травма</translation>
    </message>
    <message>
        <source>Anxiety, depression</source>
        <translation>Тривога, депресія</translation>
    </message>
    <message>
        <source>Crisis intervention</source>
        <translation>Кризове втручання</translation>
    </message>
    <message>
        <source>Self-esteem</source>
        <translation>Самооцінка</translation>
    </message>
    <message>
        <source>Family relationships</source>
        <translation>Сімейні стосунки</translation>
    </message>
    <message>
        <source>Child and parent</source>
        <translation>Дитина й батьки</translation>
    </message>
    <message>
        <source>Grief and loss</source>
        <translation>Горе і втрата</translation>
    </message>
    <message>
        <source>War-related stress</source>
        <translation>Стрес, пов’язаний з війною</translation>
    </message>
    <message>
        <source>Addiction in the family</source>
        <translation>Залежність у родині</translation>
    </message>
    <message>
        <source>Protection order</source>
        <translation>Захисний припис</translation>
    </message>
    <message>
        <source>Divorce</source>
        <translation>Розлучення</translation>
    </message>
    <message>
        <source>Alimony</source>
        <translation>Аліменти</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Опіка та місце проживання дитини</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Житло</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Працевлаштування</translation>
    </message>
    <message>
        <source>IDP status</source>
        <translation>Статус ВПО</translation>
    </message>
    <message>
        <source>Social benefits</source>
        <translation>Соціальні виплати</translation>
    </message>
    <message>
        <source>Criminal proceedings</source>
        <translation>Кримінальне провадження</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Зараховано</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Список очікування</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Вибула</translation>
    </message>
    <message>
        <source>City-wide event</source>
        <translation>Загальноміський захід</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Тренінг</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Лекція, бесіда</translation>
    </message>
    <message>
        <source>Information campaign</source>
        <translation>Інформаційна кампанія</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Державний орган</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Міжнародна організація</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Бізнес</translation>
    </message>
    <message>
        <source>District administration</source>
        <translation>Районна адміністрація</translation>
    </message>
    <message>
        <source>Centre of social services</source>
        <translation>Центр соціальних служб</translation>
    </message>
    <message>
        <source>Mobile brigade</source>
        <translation>Мобільна бригада</translation>
    </message>
    <message>
        <source>Own housing</source>
        <translation>Власне житло</translation>
    </message>
    <message>
        <source>Relatives</source>
        <translation>Родичі</translation>
    </message>
    <message>
        <source>Returned to the abuser</source>
        <translation>Повернулася до кривдника</translation>
    </message>
    <message>
        <source>Another shelter</source>
        <translation>Інший притулок</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <source>Danger continues</source>
        <translation>Небезпека триває</translation>
    </message>
    <message>
        <source>No housing yet</source>
        <translation>Ще немає житла</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоров’я</translation>
    </message>
    <message>
        <source>Legal proceedings</source>
        <translation>Судові процеси</translation>
    </message>
    <message>
        <source>Other difficult circumstances</source>
        <translation>Інші складні обставини</translation>
    </message>
    <message>
        <source>No free bed</source>
        <translation>Немає вільного ліжка</translation>
    </message>
    <message>
        <source>Outside the admission rules</source>
        <translation>Не відповідає умовам прийому</translation>
    </message>
    <message>
        <source>Referred to us</source>
        <translation>Направлено до нас</translation>
    </message>
    <message>
        <source>Referred by us</source>
        <translation>Направлено нами</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Медична допомога</translation>
    </message>
    <message>
        <source>Free legal aid</source>
        <translation>Безоплатна правова допомога</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Соціальні служби</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Очікує</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Прийнято</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Відхилено</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <source>Something went wrong and the action was not completed; nothing half-done was saved. The technical details were written to the log without any client data.</source>
        <translation>Щось пішло не так, і дію не виконано; нічого недоробленого не збережено. Технічні подробиці записано в журнал без жодних даних клієнток.</translation>
    </message>
</context>
</TS>
