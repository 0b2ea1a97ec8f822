<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AccountFormDialog</name>
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
    <name>AccountsModel</name>
    <message>
        <source>Username</source>
        <translation>Ім’я користувача</translation>
    </message>
    <message>
        <source>Name shown to colleagues</source>
        <translation>Ім’я, яке бачать колеги</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Пароль установлено</translation>
    </message>
    <message>
        <source>active; some keys not yet given</source>
        <translation>активний; частину ключів ще не надано</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <source>Her key does not open yet: %1. It will after a colleague who holds it signs in.</source>
        <translation>Її ключ ще не відкриває: %1. Відкриватиме, щойно увійде колега, яка його має.</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>вимкнений</translation>
    </message>
    <message>
        <source>Account created: %1</source>
        <translation>Обліковий запис створено: %1</translation>
    </message>
</context>
<context>
    <name>AccountsSection</name>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Новий обліковий запис…</translation>
    </message>
    <message>
        <source>Create an account (Ctrl+N)</source>
        <translation>Створити обліковий запис (Ctrl+N)</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Скинути паро&amp;ль…</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>Змінити &amp;роль…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>Де&amp;активувати…</translation>
    </message>
    <message>
        <source>Reac&amp;tivate…</source>
        <translation>Увімкнути знов&amp;у…</translation>
    </message>
    <message>
        <source>A deactivated account cannot sign in; its records and history stay. After someone leaves, consider rotating the data key (Data key tab) so that a copied key file opens nothing.</source>
        <translation>Вимкнений обліковий запис не може увійти; його записи та історія залишаються. Коли хтось іде з роботи, варто замінити ключ даних (вкладка «Ключ даних»), щоб скопійований файл ключів нічого не відкривав.</translation>
    </message>
    <message numerus="yes">
        <source>%n active account(s)</source>
        <translation>
            <numerusform>%n активний обліковий запис</numerusform>
            <numerusform>%n активні облікові записи</numerusform>
            <numerusform>%n активних облікових записів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deactivated</source>
        <translation>
            <numerusform>%n вимкнений</numerusform>
            <numerusform>%n вимкнені</numerusform>
            <numerusform>%n вимкнених</numerusform>
        </translation>
    </message>
    <message>
        <source>This is your own account: you will be signed out at once.</source>
        <translation>Це ваш власний обліковий запис: вас одразу буде виведено з програми.</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Вимкнути обліковий запис</translation>
    </message>
    <message>
        <source>Deactivate %1? She can no longer sign in, and her sessions end now. What she recorded stays. You can reactivate the account later with a new password.</source>
        <translation>Вимкнути обліковий запис %1? Вона більше не зможе увійти, а її сеанси завершаться зараз. Усе, що вона записала, залишиться. Пізніше обліковий запис можна знову ввімкнути з новим паролем.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>Де&amp;активувати</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Individual plan: new action</source>
        <translation>Індивідуальний план: новий захід</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Мета:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Захід:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Відповідальна особа:</translation>
    </message>
    <message>
        <source>D&amp;ue by:</source>
        <translation>&amp;Виконати до:</translation>
    </message>
</context>
<context>
    <name>ActionStateDialog</name>
    <message>
        <source>Individual plan: action</source>
        <translation>Індивідуальний план: захід</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Захід:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Стан:</translation>
    </message>
    <message>
        <source>&amp;Why dropped:</source>
        <translation>&amp;Чому скасовано:</translation>
    </message>
    <message>
        <source>Nothing linked</source>
        <translation>Нічого не пов’язано</translation>
    </message>
    <message>
        <source>Carried out &amp;by:</source>
        <translation>&amp;Виконано через:</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Accounts</source>
        <translation>Облікові записи</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудиту</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервні копії</translation>
    </message>
    <message>
        <source>Data key</source>
        <translation>Ключ даних</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Строки зберігання</translation>
    </message>
    <message>
        <source>Settings and shelter layout</source>
        <translation>Налаштування й кімнати притулку</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Підрозділи</translation>
    </message>
    <message>
        <source>Ctrl+Tab moves to the next tab</source>
        <translation>Ctrl+Tab — наступна вкладка</translation>
    </message>
</context>
<context>
    <name>AdmitDialog</name>
    <message>
        <source>Admit to the shelter</source>
        <translation>Поселення до притулку</translation>
    </message>
    <message>
        <source>&amp;Admit</source>
        <translation>&amp;Поселити</translation>
    </message>
    <message numerus="yes">
        <source>The stay may last %n day(s); it can be extended later in difficult circumstances.</source>
        <translation>
            <numerusform>Перебування може тривати %n день; у складних обставинах його можна продовжити.</numerusform>
            <numerusform>Перебування може тривати %n дні; у складних обставинах його можна продовжити.</numerusform>
            <numerusform>Перебування може тривати %n днів; у складних обставинах його можна продовжити.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Клієнтка:</translation>
    </message>
    <message>
        <source>Admission &amp;date:</source>
        <translation>&amp;Дата поселення:</translation>
    </message>
    <message>
        <source>&amp;Bed:</source>
        <translation>&amp;Ліжко:</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>&amp;Хто направив:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Оберіть…</translation>
    </message>
    <message>
        <source>&amp;Planned departure:</source>
        <translation>&amp;Запланований виїзд:</translation>
    </message>
    <message>
        <source>known</source>
        <translation>відомо</translation>
    </message>
    <message>
        <source>Her children on record:</source>
        <translation>Її діти, вже записані:</translation>
    </message>
    <message>
        <source>C&amp;hildren not yet recorded:</source>
        <translation>Ді&amp;ти, ще не записані:</translation>
    </message>
    <message numerus="yes">
        <source>Needed: %n place(s) (she and her children).</source>
        <translation>
            <numerusform>Потрібно: %n місце (вона та її діти).</numerusform>
            <numerusform>Потрібно: %n місця (вона та її діти).</numerusform>
            <numerusform>Потрібно: %n місць (вона та її діти).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free bed(s) in rooms without that space not offered.</source>
        <translation>
            <numerusform>%n вільне ліжко в кімнатах, де стільки місця немає, не запропоновано.</numerusform>
            <numerusform>%n вільні ліжка в кімнатах, де стільки місця немає, не запропоновано.</numerusform>
            <numerusform>%n вільних ліжок у кімнатах, де стільки місця немає, не запропоновано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No room has space for her and her children from %1 (%n place(s) needed). Put her on the waiting list, or try another date.</source>
        <translation>
            <numerusform>Із %1 жодна кімната не має місця для неї та її дітей (потрібно %n місце). Додайте її до списку очікування або спробуйте іншу дату.</numerusform>
            <numerusform>Із %1 жодна кімната не має місця для неї та її дітей (потрібно %n місця). Додайте її до списку очікування або спробуйте іншу дату.</numerusform>
            <numerusform>Із %1 жодна кімната не має місця для неї та її дітей (потрібно %n місць). Додайте її до списку очікування або спробуйте іншу дату.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose her from the list: type part of her name or code.</source>
        <translation>Оберіть її зі списку: введіть частину імені чи коду.</translation>
    </message>
</context>
<context>
    <name>AppointmentActionDialog</name>
    <message>
        <source>She did not come</source>
        <translation>Вона не прийшла</translation>
    </message>
    <message>
        <source>&amp;Mark no-show</source>
        <translation>&amp;Позначити неявку</translation>
    </message>
    <message>
        <source>Record that she did not come to this appointment? It stays in her history as a no-show.</source>
        <translation>Зазначити, що вона не прийшла на цей запис? В її історії він залишиться як неявка.</translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation>Скасування запису</translation>
    </message>
    <message>
        <source>&amp;Cancel appointment</source>
        <translation>Скасува&amp;ти запис</translation>
    </message>
    <message>
        <source>Cancel this appointment? The time becomes free again; the cancellation stays in her history.</source>
        <translation>Скасувати цей запис? Час знову стане вільним; скасування залишиться в її історії.</translation>
    </message>
    <message>
        <source>&amp;Keep the appointment</source>
        <translation>&amp;Залишити запис</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клієнтка:</translation>
    </message>
    <message>
        <source>Booked for:</source>
        <translation>Запис на:</translation>
    </message>
</context>
<context>
    <name>AppointmentsCard</name>
    <message>
        <source>My appointments today</source>
        <translation>Мої записи на сьогодні</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнтка</translation>
    </message>
    <message>
        <source>Today&apos;s appointments</source>
        <translation>Записи на сьогодні</translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation>На сьогодні записів немає.</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Прострочені повторні зустрічі</translation>
    </message>
    <message>
        <source>Follow-up was due</source>
        <translation>Термін повторної зустрічі</translation>
    </message>
    <message>
        <source>No follow-up is overdue.</source>
        <translation>Прострочених повторних зустрічей немає.</translation>
    </message>
    <message>
        <source>Open &amp;consultations</source>
        <translation>Відкрити &amp;консультації</translation>
    </message>
    <message numerus="yes">
        <source>Coming week: %n more appointment(s) booked.</source>
        <translation>
            <numerusform>Найближчий тиждень: заплановано ще %n запис.</numerusform>
            <numerusform>Найближчий тиждень: заплановано ще %n записи.</numerusform>
            <numerusform>Найближчий тиждень: заплановано ще %n записів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coming week: nothing else booked yet.</source>
        <translation>Найближчий тиждень: більше нічого не заплановано.</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Risk assessment</source>
        <translation>Оцінка ризику</translation>
    </message>
    <message>
        <source>Assessed &amp;on:</source>
        <translation>&amp;Дата оцінки:</translation>
    </message>
    <message>
        <source>Ask her every question and tick Yes or No. Every question needs an answer: one left blank would make the risk look lower than it is.</source>
        <translation>Поставте їй кожне запитання й позначте «Так» або «Ні». Відповідь потрібна на кожне: пропущене запитання зробило б ризик нижчим, ніж він є.</translation>
    </message>
    <message>
        <source>Score %1 of %2.</source>
        <translation>Бали: %1 з %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still to answer.</source>
        <translation>
            <numerusform>Залишилося відповісти на %n запитання.</numerusform>
            <numerusform>Залишилося відповісти на %n запитання.</numerusform>
            <numerusform>Залишилося відповісти на %n запитань.</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk level: not known yet</source>
        <translation>Рівень ризику: ще невідомий</translation>
    </message>
    <message>
        <source>Risk level so far: at least %1</source>
        <translation>Рівень ризику поки що: щонайменше «%1»</translation>
    </message>
    <message>
        <source>Risk level: %1</source>
        <translation>Рівень ризику: %1</translation>
    </message>
    <message>
        <source>Raised to %1 whatever the score (a score of %2 alone gives %3): she was choked or strangled, or he threatened to kill and has a weapon at hand. These are the strongest warning signs that he may kill her.</source>
        <translation>Підвищено до рівня «%1» незалежно від балів (лише за %2 балами було б «%3»): її душили, або він погрожував убити й має під рукою зброю. Це найсильніші ознаки того, що він може її вбити.</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance</source>
        <translation>Відвідування</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>Tick the women who were &amp;present:</source>
        <translation>Позначте жінок, які були &amp;присутні:</translation>
    </message>
    <message>
        <source>Marked present:</source>
        <translation>Відмічені присутніми:</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Позначити &amp;всіх</translation>
    </message>
    <message>
        <source>C&amp;lear all</source>
        <translation>Зня&amp;ти всі позначки</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>З&amp;берегти</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>Nobody is enrolled in this course.</source>
        <translation>На цей курс ще ніхто не записаний.</translation>
    </message>
    <message>
        <source>%1 — withdrawn since; her mark is kept</source>
        <translation>%1 — згодом вибула; її позначку збережено</translation>
    </message>
    <message>
        <source>%1 — completed the course</source>
        <translation>%1 — завершила курс</translation>
    </message>
    <message>
        <source>Not recorded for this session.</source>
        <translation>Для цього заняття не записано.</translation>
    </message>
    <message>
        <source>Attendance has not been taken for this session yet.</source>
        <translation>Для цього заняття відвідування ще не відмічено.</translation>
    </message>
    <message>
        <source>Present: %1 of %2</source>
        <translation>Присутні: %1 з %2</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Користувач</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Стосується</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Запис %1</translation>
    </message>
</context>
<context>
    <name>AuditLogSection</name>
    <message>
        <source>Everyone</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Користувач:</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Усі дії</translation>
    </message>
    <message>
        <source>Acti&amp;on:</source>
        <translation>Ді&amp;я:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>П&amp;еріод з:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>д&amp;о:</translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation>Перевірити &amp;журнал</translation>
    </message>
    <message>
        <source>Checks that no entry was changed, removed or cut off since it was written.</source>
        <translation>Перевіряє, що жоден запис не змінено, не вилучено й не обрізано після того, як його зроблено.</translation>
    </message>
    <message>
        <source>&amp;Accept the log as it is</source>
        <translation>&amp;Прийняти журнал таким, як є</translation>
    </message>
    <message>
        <source>Only after comparing the fingerprint with your paper note: the file beside the database then records the newest entry again.</source>
        <translation>Лише після звірки відбитка з вашим записом на папері: файл біля бази даних знову запише найновіший запис.</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Читаємо журнал…</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Немає записів, що відповідають цим фільтрам.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) shown, newest first</source>
        <translation>
            <numerusform>Показано %n запис, найновіші вгорі</numerusform>
            <numerusform>Показано %n записи, найновіші вгорі</numerusform>
            <numerusform>Показано %n записів, найновіші вгорі</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprint of the newest entry: %1. Note it on paper with the date, and compare it with your last note.</source>
        <translation>Відбиток найновішого запису: %1. Запишіть його на папері з датою й звірте з попереднім записом.</translation>
    </message>
    <message numerus="yes">
        <source>The log is intact: %n record(s), none changed or missing.</source>
        <translation>
            <numerusform>Журнал цілий: %n запис, нічого не змінено й нічого не бракує.</numerusform>
            <numerusform>Журнал цілий: %n записи, нічого не змінено й нічого не бракує.</numerusform>
            <numerusform>Журнал цілий: %n записів, нічого не змінено й нічого не бракує.</numerusform>
        </translation>
    </message>
    <message>
        <source>(scroll down for older ones)</source>
        <translation>(старіші — нижче, прокрутіть список)</translation>
    </message>
    <message>
        <source>Checking every entry of the log…</source>
        <translation>Перевіряємо кожен запис журналу…</translation>
    </message>
    <message>
        <source>Entry %1 or the one before it was changed or removed after it was written.</source>
        <translation>Запис %1 або попередній до нього змінено чи вилучено вже після того, як його зроблено.</translation>
    </message>
    <message>
        <source>The file that records the newest entry is missing.</source>
        <translation>Файл, що фіксує найновіший запис, відсутній.</translation>
    </message>
    <message>
        <source>The newest entries were removed from the log.</source>
        <translation>Найновіші записи вилучено з журналу.</translation>
    </message>
    <message>
        <source>The newest entry does not match the one recorded beside it.</source>
        <translation>Найновіший запис не збігається з тим, що зафіксовано поруч із базою.</translation>
    </message>
    <message>
        <source>The file beside the database belongs to another database.</source>
        <translation>Файл поруч із базою належить іншій базі даних.</translation>
    </message>
    <message>
        <source>The audit log was tampered with or damaged.</source>
        <translation>Журнал аудиту підроблено або пошкоджено.</translation>
    </message>
    <message>
        <source>Do not restore anything yet: make a backup now to keep the evidence, and tell the centre&apos;s management.</source>
        <translation>Поки що нічого не відновлюйте: зробіть зараз резервну копію, щоб зберегти докази, і повідомте керівництво центру.</translation>
    </message>
</context>
<context>
    <name>BackupFilesModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>daily, automatic</source>
        <translation>щоденна, автоматична</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>зроблена вручну</translation>
    </message>
</context>
<context>
    <name>BackupsSection</name>
    <message>
        <source>Make a backup now</source>
        <translation>Зробити резервну копію зараз</translation>
    </message>
    <message>
        <source>A backup is one encrypted file: it opens only with the staff passwords or the recovery code. Keep copies away from this computer, e.g. on a USB stick in a locked cupboard.</source>
        <translation>Резервна копія — це один зашифрований файл: він відкривається лише паролями працівниць або кодом відновлення. Зберігайте копії окремо від цього комп’ютера, наприклад на флешці в шафі, що замикається.</translation>
    </message>
    <message>
        <source>&amp;Make a backup now…</source>
        <translation>&amp;Зробити резервну копію зараз…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Розмір:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Automatic backups and restore</source>
        <translation>Автоматичні резервні копії та відновлення</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>З&amp;берегти</translation>
    </message>
    <message>
        <source>Daily ba&amp;ckups kept:</source>
        <translation>Скільки &amp;щоденних копій зберігати:</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>&amp;Відновити вибрану копію…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Відновити з &amp;файлу…</translation>
    </message>
    <message>
        <source>Refresh l&amp;ist</source>
        <translation>Оновити спи&amp;сок</translation>
    </message>
    <message>
        <source>Once a day, when someone closes Oberih, a backup is written to the folder %1. Older daily backups are deleted so that only the newest ones are kept.</source>
        <translation>Раз на день, коли хтось закриває «Оберіг», резервна копія записується в папку %1. Старіші щоденні копії видаляються, тож зберігаються лише найновіші.</translation>
    </message>
    <message>
        <source>Looking for backups…</source>
        <translation>Шукаємо резервні копії…</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in the folder</source>
        <translation>
            <numerusform>У папці %n резервна копія</numerusform>
            <numerusform>У папці %n резервні копії</numerusform>
            <numerusform>У папці %n резервних копій</numerusform>
        </translation>
    </message>
    <message>
        <source>No backups in the folder yet.</source>
        <translation>У папці ще немає резервних копій.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <source>Oberih backups (*%1)</source>
        <translation>Резервні копії «Оберегу» (*%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <source>Where to save the backup</source>
        <translation>Куди зберегти резервну копію</translation>
    </message>
    <message>
        <source>A file with this name exists already, and a backup never overwrites a file. Choose another name.</source>
        <translation>Файл із такою назвою вже існує, а резервна копія ніколи не перезаписує файл. Оберіть іншу назву.</translation>
    </message>
    <message>
        <source>Writing the backup and reading it back to check it…</source>
        <translation>Записуємо резервну копію й перечитуємо її для перевірки…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервна копія</translation>
    </message>
    <message>
        <source>The backup was written and checked (%1).</source>
        <translation>Резервну копію записано й перевірено (%1).</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Оберіть резервну копію для відновлення</translation>
    </message>
    <message>
        <source>Everything entered after %1 will be missing from the restored database. The current database is not deleted: it is kept aside in its folder. Everyone is signed out. A backup holds only the administrators&apos; keys: afterwards the administrators sign in with the passwords they had when the backup was made, and give the other staff new passwords under Accounts.</source>
        <translation>Усе, що внесено після %1, у відновленій базі буде відсутнє. Поточну базу не видалено: її буде відкладено в тій самій папці. Усіх буде виведено з програми. Резервна копія містить лише ключі адміністраторів: потім адміністратори входять із паролями, які мали на час створення копії, і задають іншим працівницям нові паролі в розділі «Облікові записи».</translation>
    </message>
    <message>
        <source>Enter the password or the recovery code.</source>
        <translation>Введіть пароль або код відновлення.</translation>
    </message>
    <message>
        <source>This backup comes from a different database than the one open now.</source>
        <translation>Ця резервна копія — з іншої бази даних, ніж та, що відкрита зараз.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <source>Replace the database with the backup %1, made on %2?</source>
        <translation>Замінити базу даних резервною копією %1, зробленою %2?</translation>
    </message>
    <message>
        <source>&amp;Restore and sign out</source>
        <translation>&amp;Відновити й вийти</translation>
    </message>
</context>
<context>
    <name>BedChooser</name>
    <message>
        <source>Choose a bed…</source>
        <translation>Оберіть ліжко…</translation>
    </message>
    <message>
        <source>%1 · %2 (room: %3 of %4 places taken)</source>
        <translation>%1 · %2 (кімната: зайнято %3 з %4 місць)</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>зайняте</translation>
    </message>
    <message>
        <source>booked from %1</source>
        <translation>заброньоване з %1</translation>
    </message>
</context>
<context>
    <name>BedDialog</name>
    <message>
        <source>Add a bed</source>
        <translation>Додати ліжко</translation>
    </message>
    <message>
        <source>&amp;Add bed</source>
        <translation>&amp;Додати ліжко</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Кімната:</translation>
    </message>
    <message>
        <source>e.g. A or 1</source>
        <translation>наприклад, А або 1</translation>
    </message>
    <message>
        <source>Bed &amp;label:</source>
        <translation>&amp;Позначка ліжка:</translation>
    </message>
</context>
<context>
    <name>BedOfferChooser</name>
    <message>
        <source>No bed fits</source>
        <translation>Жодне ліжко не підходить</translation>
    </message>
    <message numerus="yes">
        <source>%1 · bed %2 — %n place(s) free of %3</source>
        <translation>
            <numerusform>%1 · ліжко %2 — вільно %n місце з %3</numerusform>
            <numerusform>%1 · ліжко %2 — вільно %n місця з %3</numerusform>
            <numerusform>%1 · ліжко %2 — вільно %n місць з %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BedPanel</name>
    <message>
        <source>Choose a bed on the board.</source>
        <translation>Оберіть ліжко на дошці.</translation>
    </message>
    <message>
        <source>Client code:</source>
        <translation>Код клієнтки:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>ПІБ:</translation>
    </message>
    <message>
        <source>Admitted:</source>
        <translation>Поселена:</translation>
    </message>
    <message>
        <source>Referred by:</source>
        <translation>Хто направив:</translation>
    </message>
    <message>
        <source>Allowed until:</source>
        <translation>Дозволено до:</translation>
    </message>
    <message>
        <source>Planned departure:</source>
        <translation>Запланований виїзд:</translation>
    </message>
    <message>
        <source>Children:</source>
        <translation>Діти:</translation>
    </message>
    <message>
        <source>Extensions:</source>
        <translation>Продовження:</translation>
    </message>
    <message>
        <source>Beds:</source>
        <translation>Ліжка:</translation>
    </message>
    <message>
        <source>Ad&amp;mit to this bed…</source>
        <translation>Пос&amp;елити в це ліжко…</translation>
    </message>
    <message>
        <source>E&amp;xtend the stay…</source>
        <translation>П&amp;родовжити перебування…</translation>
    </message>
    <message>
        <source>&amp;Planned departure…</source>
        <translation>&amp;Запланований виїзд…</translation>
    </message>
    <message>
        <source>&amp;Move to another bed…</source>
        <translation>П&amp;ереселити в інше ліжко…</translation>
    </message>
    <message>
        <source>Record &amp;departure…</source>
        <translation>Записати виб&amp;уття…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the admission…</source>
        <translation>С&amp;касувати поселення…</translation>
    </message>
    <message>
        <source>Open the client &amp;card</source>
        <translation>Відкрити к&amp;артку клієнтки</translation>
    </message>
    <message>
        <source>Click a bed, or move to it with Tab and the arrow keys, to see its stay.</source>
        <translation>Клацніть ліжко або перейдіть до нього клавішею Tab і стрілками, щоб побачити, хто в ньому живе.</translation>
    </message>
    <message>
        <source>Free that night; someone is booked into it from %1.</source>
        <translation>Цієї ночі вільне; з %1 його заброньовано.</translation>
    </message>
    <message>
        <source>%1 — over the allowed stay</source>
        <translation>%1 — понад дозволений строк</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не визначено</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n дитина</numerusform>
            <numerusform>%n дитини</numerusform>
            <numerusform>%n дітей</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren), aged %1</source>
        <translation>
            <numerusform>%n дитина, вік: %1</numerusform>
            <numerusform>%n дитини, вік: %1</numerusform>
            <numerusform>%n дітей, вік: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s), the last on %1: %2</source>
        <translation>
            <numerusform>%n продовження, останнє %1: %2</numerusform>
            <numerusform>%n продовження, останнє %1: %2</numerusform>
            <numerusform>%n продовжень, останнє %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>She left on %1 (%2).</source>
        <translation>Вибула %1 (%2).</translation>
    </message>
</context>
<context>
    <name>BedTile</name>
    <message>
        <source>free</source>
        <translation>вільне</translation>
    </message>
    <message>
        <source>free, booked later</source>
        <translation>вільне, заброньоване на пізніше</translation>
    </message>
    <message>
        <source>occupied</source>
        <translation>зайняте</translation>
    </message>
    <message>
        <source>occupied, departure or limit soon</source>
        <translation>зайняте, незабаром виїзд або кінець строку</translation>
    </message>
    <message>
        <source>occupied, over the allowed stay</source>
        <translation>зайняте, понад дозволений строк</translation>
    </message>
    <message>
        <source>out of use</source>
        <translation>не використовується</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Недоступне</translation>
    </message>
    <message>
        <source>Booked %1</source>
        <translation>Бронь %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Вільне</translation>
    </message>
    <message numerus="yes">
        <source>+%n child(ren)</source>
        <translation>
            <numerusform>+%n дитина</numerusform>
            <numerusform>+%n дитини</numerusform>
            <numerusform>+%n дітей</numerusform>
        </translation>
    </message>
    <message>
        <source>Over limit</source>
        <translation>Понад строк</translation>
    </message>
    <message>
        <source>Leaves %1</source>
        <translation>Виїзд %1</translation>
    </message>
    <message>
        <source>Limit %1</source>
        <translation>Строк %1</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>No rooms are set up yet. The administrator adds rooms and beds under Administration.</source>
        <translation>Кімнат ще не налаштовано. Адміністраторка додає кімнати й ліжка в розділі «Адміністрування».</translation>
    </message>
</context>
<context>
    <name>CancelAdmissionDialog</name>
    <message>
        <source>Cancel the admission</source>
        <translation>Скасування поселення</translation>
    </message>
    <message>
        <source>&amp;Remove the admission</source>
        <translation>&amp;Вилучити поселення</translation>
    </message>
    <message>
        <source>Use this when she did not come. The booked stay, its bed and its children are removed; her client record stays. If she still needs a place, add her to the waiting list again.</source>
        <translation>Використовуйте це, якщо вона не прийшла. Заброньоване перебування, його ліжко й записи про дітей буде вилучено; картка клієнтки залишиться. Якщо їй і далі потрібне місце, знову додайте її до списку очікування.</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Залишити</translation>
    </message>
</context>
<context>
    <name>CaseServiceDialog</name>
    <message>
        <source>Add a service</source>
        <translation>Додати послугу</translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translation>&amp;Послуга:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Тривалість:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Форма:</translation>
    </message>
    <message>
        <source>&amp;Note (case team only):</source>
        <translation>&amp;Нотатка (лише команда випадку):</translation>
    </message>
</context>
<context>
    <name>CaseTab</name>
    <message>
        <source>&amp;Open a case</source>
        <translation>&amp;Відкрити випадок</translation>
    </message>
    <message>
        <source>Re&amp;open the case</source>
        <translation>В&amp;ідновити випадок</translation>
    </message>
    <message>
        <source>P&amp;rint the assessment…</source>
        <translation>Д&amp;рук оцінки…</translation>
    </message>
    <message>
        <source>Individual &amp;plan</source>
        <translation>&amp;Індивідуальний план</translation>
    </message>
    <message>
        <source>New &amp;goal…</source>
        <translation>Нова &amp;мета…</translation>
    </message>
    <message>
        <source>New &amp;action…</source>
        <translation>Новий &amp;захід…</translation>
    </message>
    <message>
        <source>&amp;Update the selected action…</source>
        <translation>&amp;Оновити вибраний захід…</translation>
    </message>
    <message>
        <source>A&amp;pprove the plan</source>
        <translation>&amp;Затвердити план</translation>
    </message>
    <message>
        <source>Add a &amp;service…</source>
        <translation>Дода&amp;ти послугу…</translation>
    </message>
    <message>
        <source>Nee&amp;ds assessment…</source>
        <translation>О&amp;цінка потреб…</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>Ко&amp;манда…</translation>
    </message>
    <message>
        <source>N&amp;ote…</source>
        <translation>Н&amp;отатка…</translation>
    </message>
    <message>
        <source>Ne&amp;xt contact…</source>
        <translation>Наст&amp;упний контакт…</translation>
    </message>
    <message>
        <source>C&amp;lose the case…</source>
        <translation>&amp;Закрити випадок…</translation>
    </message>
    <message>
        <source>Approve the c&amp;losure</source>
        <translation>Погодити за&amp;криття</translation>
    </message>
    <message>
        <source>Send the closure &amp;back</source>
        <translation>&amp;Повернути закриття на доопрацювання</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Сфера</translation>
    </message>
    <message>
        <source>Level of need</source>
        <translation>Рівень потреби</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <translation>Оцінка потреб</translation>
    </message>
    <message>
        <source>Goal / action</source>
        <translation>Мета / захід</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Відповідальна</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>виконано %v з %m</translation>
    </message>
    <message>
        <source>Individual plan</source>
        <translation>Індивідуальний план</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Відкрито</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрито</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Earlier cases</source>
        <translation>Попередні випадки</translation>
    </message>
    <message>
        <source>C&amp;ase</source>
        <translation>&amp;Випадок</translation>
    </message>
    <message>
        <source>She has no case yet.</source>
        <translation>Випадок щодо неї ще не відкрито.</translation>
    </message>
    <message>
        <source>name not recorded</source>
        <translation>ім’я не записане</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>вік %1</translation>
    </message>
    <message>
        <source>Only her case team and the head of the centre see the details of this case.</source>
        <translation>Подробиці цього випадку бачать лише команда випадку і керівниця центру.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Case no. %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Випадок № %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>відкрито %1</translation>
    </message>
    <message>
        <source>responsible: %1</source>
        <translation>відповідальна: %1</translation>
    </message>
    <message>
        <source>team: %1</source>
        <translation>команда: %1</translation>
    </message>
    <message>
        <source>Closed %1: %2.</source>
        <translation>Закрито %1: %2.</translation>
    </message>
    <message>
        <source>First needs assessment due by %1.</source>
        <translation>Першу оцінку потреб треба провести до %1.</translation>
    </message>
    <message>
        <source>A closure waits for the head&apos;s approval.</source>
        <translation>Закриття чекає погодження керівниці.</translation>
    </message>
    <message>
        <source>This version of the plan waits for the head&apos;s approval.</source>
        <translation>Ця версія плану чекає затвердження керівниці.</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Випадок: %1</translation>
    </message>
    <message>
        <source>Case note</source>
        <translation>Нотатка до випадку</translation>
    </message>
    <message>
        <source>Back to &amp;active work</source>
        <translation>Повернути до &amp;активної роботи</translation>
    </message>
    <message>
        <source>To mon&amp;itoring</source>
        <translation>На моніторин&amp;г</translation>
    </message>
    <message>
        <source>Save the needs assessment as PDF</source>
        <translation>Зберегти оцінку потреб як PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>needs-assessment-%1.pdf</source>
        <translation>оцінка-потреб-%1.pdf</translation>
    </message>
    <message>
        <source>The file could not be written there.</source>
        <translation>Туди не вдалося записати файл.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Збережено: %1</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнтка</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Наступний строк</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Що треба зробити</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Ризик</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Відповідальна</translation>
    </message>
    <message>
        <source> (closure to approve)</source>
        <translation> (закриття на погодження)</translation>
    </message>
    <message>
        <source>Needs assessment</source>
        <translation>Оцінка потреб</translation>
    </message>
    <message>
        <source>Plan action</source>
        <translation>Захід плану</translation>
    </message>
    <message>
        <source>Contact her</source>
        <translation>Зв’язатися з нею</translation>
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
    <name>ChildDialog</name>
    <message>
        <source>Child</source>
        <translation>Дитина</translation>
    </message>
    <message>
        <source>New child</source>
        <translation>Нова дитина</translation>
    </message>
    <message>
        <source>e.g. School No. 12, kindergarten No. 3</source>
        <translation>напр. школа № 12, дитячий садок № 3</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Ім’я:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Дата народження:</translation>
    </message>
    <message>
        <source>Approximate: only the age was recorded at admission.</source>
        <translation>Приблизна: під час поселення записано лише вік.</translation>
    </message>
    <message>
        <source>Enter the date of birth.</source>
        <translation>Введіть дату народження.</translation>
    </message>
    <message>
        <source>Only if 14–17 and registered as a client</source>
        <translation>Лише якщо 14–17 років і є картка клієнта</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Стать:</translation>
    </message>
    <message>
        <source>School &amp;or kindergarten:</source>
        <translation>&amp;Школа чи дитсадок:</translation>
    </message>
    <message>
        <source>Also a &amp;client:</source>
        <translation>Також &amp;клієнт(ка):</translation>
    </message>
</context>
<context>
    <name>ChildNeeds</name>
    <message>
        <source>name not recorded</source>
        <translation>ім’я не записане</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>вік %1</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>не оцінено</translation>
    </message>
</context>
<context>
    <name>ChildSessionDialog</name>
    <message>
        <source>Session with a child</source>
        <translation>Сеанс із дитиною</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>Дитина:</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Тривалість:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Введіть дату.</translation>
    </message>
</context>
<context>
    <name>ChildrenEditor</name>
    <message>
        <source>She comes without children.</source>
        <translation>Вона без дітей.</translation>
    </message>
    <message>
        <source>Add a ch&amp;ild</source>
        <translation>Додати д&amp;итину</translation>
    </message>
    <message>
        <source>Child %1, age:</source>
        <translation>Дитина %1, вік:</translation>
    </message>
    <message>
        <source>girl</source>
        <translation>дівчинка</translation>
    </message>
    <message>
        <source>boy</source>
        <translation>хлопчик</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не вказано</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
</context>
<context>
    <name>ChildrenTab</name>
    <message>
        <source>A&amp;dd a child…</source>
        <translation>Дода&amp;ти дитину…</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Виправити…</translation>
    </message>
    <message>
        <source>&amp;Log a session with the child…</source>
        <translation>&amp;Записати сеанс із дитиною…</translation>
    </message>
    <message>
        <source>Chi&amp;ldren</source>
        <translation>&amp;Діти</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Народження</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Вік</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>School or kindergarten</source>
        <translation>Школа чи дитсадок</translation>
    </message>
    <message>
        <source>Also a client</source>
        <translation>Також клієнт(ка)</translation>
    </message>
    <message>
        <source>No children are recorded with this client.</source>
        <translation>У цій картці не записано жодної дитини.</translation>
    </message>
    <message>
        <source>(name not recorded)</source>
        <translation>(ім’я не записано)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>близько %1</translation>
    </message>
    <message>
        <source>No sessions with a psychologist yet.</source>
        <translation>Сеансів із психологинею ще не було.</translation>
    </message>
    <message>
        <source>%1: %2 min with %3</source>
        <translation>%1: %2 хв, %3</translation>
    </message>
    <message>
        <source>Sessions with a psychologist:</source>
        <translation>Сеанси з психологинею:</translation>
    </message>
</context>
<context>
    <name>ClientCardView</name>
    <message>
        <source>← &amp;Back to the list</source>
        <translation>← До &amp;списку</translation>
    </message>
    <message>
        <source>Back to the list of clients (Alt+Left)</source>
        <translation>Назад до списку клієнток (Alt+Стрілка ліворуч)</translation>
    </message>
    <message>
        <source>Archi&amp;ve…</source>
        <translation>&amp;Архівувати…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>Не телефонувати</translation>
    </message>
    <message>
        <source>It is not safe to call: someone else may hear or see the phone.</source>
        <translation>Телефонувати небезпечно: телефон може почути чи побачити хтось інший.</translation>
    </message>
    <message>
        <source>No messages</source>
        <translation>Не писати</translation>
    </message>
    <message>
        <source>It is not safe to send messages: someone else may read them.</source>
        <translation>Писати небезпечно: повідомлення може прочитати хтось інший.</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 р.</translation>
    </message>
    <message>
        <source>born in %1</source>
        <translation>%1 р. н.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архіві</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <source>Restore from the archi&amp;ve</source>
        <translation>Повернути з &amp;архіву</translation>
    </message>
    <message>
        <source>Client card</source>
        <translation>Особова картка</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>Архівування %1</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Архівувати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Archive this record? It will no longer appear in everyday lists; nothing is deleted and the record can be restored at any time.</source>
        <translation>Перенести картку в архів? Її більше не буде в щоденних списках; нічого не видаляється, і картку можна будь-коли повернути з архіву.</translation>
    </message>
</context>
<context>
    <name>ClientFields</name>
    <message>
        <source>Su&amp;rname:</source>
        <translation>Прі&amp;звище:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Ім’я:</translation>
    </message>
    <message>
        <source>Pa&amp;tronymic:</source>
        <translation>П&amp;о батькові:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Дата народження:</translation>
    </message>
    <message>
        <source>year</source>
        <translation>рік</translation>
    </message>
    <message>
        <source>or birth &amp;year:</source>
        <translation>або &amp;рік народження:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Стать:</translation>
    </message>
    <message>
        <source>C&amp;itizenship:</source>
        <translation>&amp;Громадянство:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Теле&amp;фон:</translation>
    </message>
    <message>
        <source>It is:</source>
        <translation>Безпечно:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>Р&amp;айон:</translation>
    </message>
    <message>
        <source>Came &amp;via:</source>
        <translation>Шлях з&amp;вернення:</translation>
    </message>
    <message>
        <source>First &amp;contact:</source>
        <translation>Перше зверне&amp;ння:</translation>
    </message>
    <message>
        <source>Cate&amp;gories:</source>
        <translation>&amp;Категорії:</translation>
    </message>
    <message>
        <source>There is no such day as %1: check the day and the month.</source>
        <translation>Такого дня, як %1, немає в календарі: перевірте день і місяць.</translation>
    </message>
    <message>
        <source>Enter the date as %1, or leave it empty.</source>
        <translation>Введіть дату у форматі %1 або залиште поле порожнім.</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Про особу</translation>
    </message>
    <message>
        <source>Fields marked * must be filled in.</source>
        <translation>Поля, позначені *, обов’язкові.</translation>
    </message>
    <message>
        <source>Only when no full date of birth is given</source>
        <translation>Лише якщо повна дата народження невідома</translation>
    </message>
    <message>
        <source>How to reach the client</source>
        <translation>Як зв’язатися</translation>
    </message>
    <message>
        <source>safe to c&amp;all</source>
        <translation>можна &amp;телефонувати</translation>
    </message>
    <message>
        <source>safe to send &amp;messages</source>
        <translation>можна надсилати &amp;повідомлення</translation>
    </message>
    <message>
        <source>Tick only if the client said that a call or a message from us is safe.</source>
        <translation>Позначайте, лише якщо особа сказала, що дзвінок чи повідомлення від нас безпечні.</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Звернення</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ПІБ</translation>
    </message>
    <message>
        <source>Surname, first name and patronymic; click to sort.</source>
        <translation>Прізвище, ім’я та по батькові; клацніть, щоб упорядкувати.</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Вік</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Останній контакт</translation>
    </message>
    <message>
        <source>Archived record</source>
        <translation>Картка в архіві</translation>
    </message>
    <message>
        <source>Only the birth year is known: %1</source>
        <translation>Відомий лише рік народження: %1</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Type a name or a client code…</source>
        <translation>Введіть ім’я або код картки…</translation>
    </message>
    <message>
        <source>in the shelter</source>
        <translation>у притулку</translation>
    </message>
    <message>
        <source>admission booked</source>
        <translation>поселення заброньовано</translation>
    </message>
    <message>
        <source>on the waiting list</source>
        <translation>у списку очікування</translation>
    </message>
    <message numerus="yes">
        <source>%n more — type more of the name, or choose this line to see them</source>
        <translation>
            <numerusform>ще %n — уточніть пошук або оберіть цей рядок, щоб побачити їх</numerusform>
            <numerusform>ще %n — уточніть пошук або оберіть цей рядок, щоб побачити їх</numerusform>
            <numerusform>ще %n — уточніть пошук або оберіть цей рядок, щоб побачити їх</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>По&amp;шук:</translation>
    </message>
    <message>
        <source>Surname, name or client code (Ctrl+F)</source>
        <translation>Прізвище, ім’я або код картки (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Include archived</source>
        <translation>Показати й &amp;архівні</translation>
    </message>
    <message>
        <source>Also list clients whose records were archived</source>
        <translation>Показувати також клієнток, чиї картки перенесено в архів</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Усі райони</translation>
    </message>
    <message>
        <source>Only clients of this district</source>
        <translation>Лише картки з цього району</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Усі категорії</translation>
    </message>
    <message>
        <source>Only clients of this category</source>
        <translation>Лише картки цієї категорії</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Нова картка…</translation>
    </message>
    <message>
        <source>Intake of a new client (Ctrl+N)</source>
        <translation>Первинний прийом: нова картка (Ctrl+N)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Пошук…</translation>
    </message>
    <message>
        <source>Preparing search…</source>
        <translation>Готую пошук…</translation>
    </message>
    <message>
        <source>Type part of a surname, a name or a client code to find her.</source>
        <translation>Введіть частину прізвища, ім’я або код клієнтки, щоб її знайти.</translation>
    </message>
    <message>
        <source>No client found. Try part of the surname, the first name or the code.</source>
        <translation>Нікого не знайдено. Спробуйте частину прізвища, ім’я або код.</translation>
    </message>
    <message>
        <source>No clients registered yet.</source>
        <translation>Ще не зареєстровано жодної картки.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n клієнтка</numerusform>
            <numerusform>%n клієнтки</numerusform>
            <numerusform>%n клієнток</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <source>Close the case</source>
        <translation>Закриття випадку</translation>
    </message>
    <message>
        <source>The head of the centre approves closures: the case stays open until she does.</source>
        <translation>Закриття погоджує керівниця центру: доти випадок залишається відкритим.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Closing &amp;summary:</source>
        <translation>П&amp;ідсумок:</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Перевірте:</translation>
    </message>
    <message>
        <source>Closed &amp;on:</source>
        <translation>&amp;Дата закриття:</translation>
    </message>
    <message>
        <source>&amp;Close the case</source>
        <translation>&amp;Закрити випадок</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>Course completed</source>
        <translation>Завершення курсу</translation>
    </message>
    <message>
        <source>&amp;Record completion</source>
        <translation>За&amp;писати завершення</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Курс:</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>Учасниця:</translation>
    </message>
    <message>
        <source>&amp;Completed on:</source>
        <translation>&amp;Дата завершення:</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection settings</source>
        <translation>Налаштування підключення</translation>
    </message>
    <message>
        <source>Where Oberih on this computer keeps the records. For the centre&apos;s server the IT officer gives you its details and the centre&apos;s certificate; the server&apos;s password is set up in your computer account by the IT officer and is never typed or kept here.</source>
        <translation>Де «Оберіг» на цьому комп’ютері зберігає записи. Для сервера центру ІТ-адміністратор дає вам його дані та сертифікат центру; пароль сервера ІТ-адміністратор налаштовує у вашому обліковому записі на комп’ютері, і тут його ніколи не вводять і не зберігають.</translation>
    </message>
    <message>
        <source>This &amp;computer (encrypted file)</source>
        <translation>&amp;Цей комп’ютер (зашифрований файл)</translation>
    </message>
    <message>
        <source>The centre&apos;s ser&amp;ver</source>
        <translation>&amp;Сервер центру</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Адреса сервера:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База даних:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>CA c&amp;ertificate:</source>
        <translation>&amp;Кореневий сертифікат:</translation>
    </message>
    <message>
        <source>Without a file here, Oberih uses the certificate the IT officer put in this account&apos;s postgresql folder (root.crt).</source>
        <translation>Якщо файл не вказано, «Оберіг» бере сертифікат, який ІТ-адміністратор поклав у теку postgresql цього облікового запису (root.crt).</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Пере&amp;вірити підключення</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>The centre&apos;s CA certificate</source>
        <translation>Кореневий сертифікат центру</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Сертифікати (*.crt *.pem *.cer);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Підключення до %1…</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1.</source>
        <translation>Підключено: PostgreSQL %1.</translation>
    </message>
    <message>
        <source>Over the server&apos;s own local socket: no network, so no TLS is needed.</source>
        <translation>Через локальний сокет самого сервера: мережі немає, тож TLS не потрібен.</translation>
    </message>
    <message>
        <source>Encrypted (TLS); the server&apos;s certificate and host name were verified against the centre&apos;s CA.</source>
        <translation>Зашифровано (TLS); сертифікат сервера та ім’я хоста перевірено за кореневим сертифікатом центру.</translation>
    </message>
    <message>
        <source>Oberih needs PostgreSQL 15 or newer on the server.</source>
        <translation>«Оберіг» потребує на сервері PostgreSQL 15 або новішого.</translation>
    </message>
    <message>
        <source>The database is empty: Oberih has not been set up in it yet.</source>
        <translation>База даних порожня: «Оберіг» у ній ще не налаштовано.</translation>
    </message>
    <message>
        <source>Oberih&apos;s tables are there (version %1).</source>
        <translation>Таблиці «Оберегу» на місці (версія %1).</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>Details of violence and health may be recorded only while she has a valid consent to processing them.</source>
        <translation>Відомості про насильство та здоров’я можна записувати лише тоді, коли є її чинна згода на їх обробку.</translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation>&amp;Записати згоду…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Вибула…</translation>
    </message>
    <message>
        <source>C&amp;onsents</source>
        <translation>&amp;Згоди</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Надано</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Відкликано</translation>
    </message>
    <message>
        <source>Valid today</source>
        <translation>Чинна сьогодні</translation>
    </message>
    <message>
        <source>No consent recorded yet.</source>
        <translation>Ще не записано жодної згоди.</translation>
    </message>
    <message>
        <source>Record that the selected consent was withdrawn</source>
        <translation>Записати, що вибрану згоду відкликано</translation>
    </message>
</context>
<context>
    <name>ConsultationForm</name>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Клієнтка:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Дата й час:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Тривалість:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>To&amp;pics:</source>
        <translation>Т&amp;еми:</translation>
    </message>
    <message>
        <source>Ou&amp;tcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>F&amp;ollow-up:</source>
        <translation>Повторна з&amp;устріч:</translation>
    </message>
    <message>
        <source>Choose the outcome…</source>
        <translation>Оберіть результат…</translation>
    </message>
    <message>
        <source>Only psychologists can read this note.</source>
        <translation>Цю нотатку можуть читати лише психологи.</translation>
    </message>
    <message>
        <source>Only lawyers can read this note.</source>
        <translation>Цю нотатку можуть читати лише юристи.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Нотатка:</translation>
    </message>
    <message>
        <source>Format and duration as at her last consultation.</source>
        <translation>Формат і тривалість — як на її останній консультації.</translation>
    </message>
    <message>
        <source>Type part of her name or code and choose her from the list.</source>
        <translation>Введіть частину її імені або коду й оберіть її зі списку.</translation>
    </message>
</context>
<context>
    <name>ConsultationHistory</name>
    <message>
        <source>Consultations of the client</source>
        <translation>Консультації клієнтки</translation>
    </message>
    <message>
        <source>&amp;Note of the selected consultation:</source>
        <translation>&amp;Нотатка вибраної консультації:</translation>
    </message>
    <message>
        <source>Psychological consultations with their notes. Only psychologists read these notes; opening them is recorded in the audit log.</source>
        <translation>Психологічні консультації з нотатками. Ці нотатки читають лише психологи; кожне їх відкриття записується в журнал аудиту.</translation>
    </message>
    <message>
        <source>Legal consultations with their notes. Only lawyers read these notes; opening them is recorded in the audit log.</source>
        <translation>Юридичні консультації з нотатками. Ці нотатки читають лише юристи; кожне їх відкриття записується в журнал аудиту.</translation>
    </message>
    <message>
        <source>When she had a consultation and with whom. Topics and notes stay with the psychologist or lawyer who held it.</source>
        <translation>Коли і з ким у неї була консультація. Теми й нотатки лишаються в психолога чи юриста, які її провели.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Повторна зустріч</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>%1 (first)</source>
        <translation>%1 (первинна)</translation>
    </message>
    <message>
        <source>%1 (repeat)</source>
        <translation>%1 (повторна)</translation>
    </message>
    <message>
        <source>%1, %2 min</source>
        <translation>%1, %2 хв</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Фахівчиня</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Consultation history</source>
        <translation>Історія консультацій</translation>
    </message>
    <message>
        <source>Choose a client above to see her consultations.</source>
        <translation>Оберіть клієнтку вгорі, щоб побачити її консультації.</translation>
    </message>
    <message>
        <source>Consultations of %1</source>
        <translation>Консультації клієнтки %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>No consultations recorded for her yet.</source>
        <translation>У неї ще немає внесених консультацій.</translation>
    </message>
    <message>
        <source>No note was written for this consultation.</source>
        <translation>До цієї консультації нотатки не писали.</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <source>&amp;My day</source>
        <translation>&amp;Мій день</translation>
    </message>
    <message>
        <source>Day &amp;plan</source>
        <translation>П&amp;лан дня</translation>
    </message>
    <message>
        <source>Client his&amp;tory</source>
        <translation>Історія &amp;клієнтки</translation>
    </message>
</context>
<context>
    <name>ConsultationsTab</name>
    <message>
        <source>Note of the selected consultation:</source>
        <translation>Нотатка до вибраної консультації:</translation>
    </message>
    <message>
        <source>Co&amp;nsultations</source>
        <translation>&amp;Консультації</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Фахівчиня</translation>
    </message>
    <message>
        <source>No consultations recorded.</source>
        <translation>Консультацій не записано.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>— no referral —</source>
        <translation>— без направлення —</translation>
    </message>
    <message>
        <source>Optional; no name, phone or address</source>
        <translation>Необов’язково; без імені, телефону й адреси</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Тривалість:</translation>
    </message>
    <message>
        <source>&amp;Who is calling:</source>
        <translation>&amp;Хто звертається:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Стать:</translation>
    </message>
    <message>
        <source>Age grou&amp;p:</source>
        <translation>&amp;Вік:</translation>
    </message>
    <message>
        <source>Dis&amp;trict:</source>
        <translation>Р&amp;айон:</translation>
    </message>
    <message>
        <source>Violence mentioned:</source>
        <translation>Згадане насильство:</translation>
    </message>
    <message>
        <source>Help given:</source>
        <translation>Надана допомога:</translation>
    </message>
    <message>
        <source>&amp;Referred to:</source>
        <translation>&amp;Направлено до:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>П&amp;римітка:</translation>
    </message>
    <message>
        <source>&amp;Save contact (Ctrl+Enter)</source>
        <translation>&amp;Зберегти звернення (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>ContactsCard</name>
    <message>
        <source>Anonymous contacts</source>
        <translation>Анонімні звернення</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Цього тижня</translation>
    </message>
    <message>
        <source>Logged by you today</source>
        <translation>Записано вами сьогодні</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>За каналом</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Contacts by channel</source>
        <translation>Звернення за каналом</translation>
    </message>
    <message>
        <source>No contact logged this week yet.</source>
        <translation>Цього тижня звернень ще не записано.</translation>
    </message>
    <message>
        <source>&amp;Log a contact</source>
        <translation>&amp;Записати звернення</translation>
    </message>
    <message>
        <source>Week from %1</source>
        <translation>Тиждень від %1</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>&lt;b&gt;Recent contacts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Останні звернення&lt;/b&gt;</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Хв</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Вік</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Допомога</translation>
    </message>
    <message>
        <source>&amp;Became a client…</source>
        <translation>Пов’&amp;язати з карткою…</translation>
    </message>
    <message>
        <source>Link the selected contact to the client file it led to</source>
        <translation>Пов’язати вибране звернення з карткою, яку після нього відкрито</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Картка</translation>
    </message>
</context>
<context>
    <name>CourseChoiceDialog</name>
    <message>
        <source>Enrol in a course</source>
        <translation>Запис на курс</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Курс:</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>&amp;Далі…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>No course is running or planned.</source>
        <translation>Немає курсу, що триває або заплановано.</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>New course</source>
        <translation>Новий курс</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>What the course teaches, for whom, where</source>
        <translation>Чого навчає курс, для кого, де проходить</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>St&amp;arts on:</source>
        <translation>&amp;Початок:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Кінець:</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>&amp;Місць:</translation>
    </message>
    <message>
        <source>A&amp;im:</source>
        <translation>Ме&amp;та:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>Під&amp;розділ:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Опис:</translation>
    </message>
</context>
<context>
    <name>CourseTrainerBar</name>
    <message>
        <source>&amp;Trainer:</source>
        <translation>Тр&amp;енерка:</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— не призначено —</translation>
    </message>
    <message>
        <source>Only the course&apos;s trainer sees its list of participants.</source>
        <translation>Список учасниць бачить лише тренерка цього курсу.</translation>
    </message>
    <message>
        <source>another trainer</source>
        <translation>інша тренерка</translation>
    </message>
</context>
<context>
    <name>CoursesTab</name>
    <message>
        <source>Co&amp;urses</source>
        <translation>К&amp;урси</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Звернулася</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Зараховано</translation>
    </message>
    <message>
        <source>Completed or left on</source>
        <translation>Завершила чи вибула</translation>
    </message>
    <message>
        <source>%1 (place %2)</source>
        <translation>%1 (місце %2)</translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation>&amp;Новий курс…</translation>
    </message>
    <message>
        <source>Ed&amp;it course…</source>
        <translation>Реда&amp;гувати курс…</translation>
    </message>
    <message>
        <source>Arc&amp;hive…</source>
        <translation>&amp;Архівувати…</translation>
    </message>
    <message>
        <source>&amp;Show archived</source>
        <translation>Показати ар&amp;хівні</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Дати</translation>
    </message>
    <message>
        <source>Places taken</source>
        <translation>Зайнято місць</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Список очікування</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Заняття</translation>
    </message>
    <message>
        <source>No courses yet: “New course…” (Ctrl+N) creates one.</source>
        <translation>Курсів ще немає: створіть перший кнопкою «Новий курс…» (Ctrl+N).</translation>
    </message>
    <message>
        <source>No courses yet.</source>
        <translation>Курсів ще немає.</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (в архіві)</translation>
    </message>
    <message>
        <source>Choose a course to see its participants and sessions.</source>
        <translation>Оберіть курс, щоб побачити його учасниць і заняття.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>В&amp;ідновити</translation>
    </message>
    <message>
        <source>Archive a course</source>
        <translation>Архівування курсу</translation>
    </message>
    <message>
        <source>Archive “%1”? It leaves the usual list, and nobody can be enrolled or marked present until it is restored. Nothing recorded is lost.</source>
        <translation>Архівувати «%1»? Курс зникне зі звичайного списку, і до відновлення на нього не можна буде записувати чи відмічати присутніх. Нічого із записаного не втрачається.</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>&amp;Архівувати</translation>
    </message>
    <message>
        <source>Not enrolled in any course.</source>
        <translation>Не записано на жоден курс.</translation>
    </message>
</context>
<context>
    <name>CreateAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Новий обліковий запис</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Створити обліковий запис</translation>
    </message>
    <message>
        <source>e.g. olena.k</source>
        <translation>наприклад, olena.k</translation>
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
        <source>R&amp;ole:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Give her the password in person. She can change it herself after signing in (menu Account → Change my password).</source>
        <translation>Передайте їй пароль особисто. Після входу вона може змінити його сама (меню «Обліковий запис» → «Змінити мій пароль»).</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>О&amp;новити</translation>
    </message>
    <message>
        <source>Load the figures again (F5)</source>
        <translation>Завантажити дані знову (F5)</translation>
    </message>
    <message>
        <source>There is nothing to show for your role here.</source>
        <translation>Для вашої ролі тут поки нічого немає.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Оновлено о %1</translation>
    </message>
</context>
<context>
    <name>DayChooser</name>
    <message>
        <source>&amp;Day:</source>
        <translation>Д&amp;ень:</translation>
    </message>
    <message>
        <source>Previous day (Ctrl+Page Up)</source>
        <translation>Попередній день (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Попередній день</translation>
    </message>
    <message>
        <source>Next day (Ctrl+Page Down)</source>
        <translation>Наступний день (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Наступний день</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>&amp;Сьогодні</translation>
    </message>
</context>
<context>
    <name>DayPlanPanel</name>
    <message>
        <source>&amp;Specialist:</source>
        <translation>&amp;Фахівчиня:</translation>
    </message>
    <message>
        <source>Who sees whom and when. What was discussed stays with the psychologist or lawyer. Double-click a row for the client&apos;s consultation history.</source>
        <translation>Хто до кого і коли записаний. Про що йшлося, знає лише психолог чи юрист. Двічі клацніть рядок, щоб відкрити історію консультацій клієнтки.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Фахівчиня</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнтка</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Consultations of the day</source>
        <translation>Консультації дня</translation>
    </message>
    <message>
        <source>Day plan: %1</source>
        <translation>План дня: %1</translation>
    </message>
    <message>
        <source>All specialists</source>
        <translation>Усі фахівці</translation>
    </message>
    <message>
        <source>No consultations on this day.</source>
        <translation>Цього дня консультацій немає.</translation>
    </message>
</context>
<context>
    <name>DischargeDialog</name>
    <message>
        <source>Record her departure</source>
        <translation>Вибуття з притулку</translation>
    </message>
    <message>
        <source>Record &amp;departure</source>
        <translation>&amp;Записати вибуття</translation>
    </message>
    <message>
        <source>She &amp;left on:</source>
        <translation>&amp;Дата вибуття:</translation>
    </message>
    <message>
        <source>&amp;Where she went:</source>
        <translation>&amp;Куди вибула:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Оберіть…</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) in the shelter</source>
        <translation>
            <numerusform>%n ніч у притулку</numerusform>
            <numerusform>%n ночі в притулку</numerusform>
            <numerusform>%n ночей у притулку</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <source>Record a disclosure of violence</source>
        <translation>Запис повідомлення про насильство</translation>
    </message>
    <message>
        <source>Forms of &amp;violence:</source>
        <translation>&amp;Форми насильства:</translation>
    </message>
    <message>
        <source>&amp;Children witnessed or suffered the violence</source>
        <translation>&amp;Діти бачили насильство або постраждали від нього</translation>
    </message>
    <message>
        <source>Children:</source>
        <translation>Діти:</translation>
    </message>
    <message>
        <source>&amp;How many children:</source>
        <translation>&amp;Скільки дітей:</translation>
    </message>
    <message>
        <source>&amp;Disclosed on:</source>
        <translation>Дата по&amp;відомлення:</translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <source>Dismiss the contact</source>
        <translation>Скасувати контакт</translation>
    </message>
    <message>
        <source>&amp;Why it is no longer needed:</source>
        <translation>&amp;Чому він більше не потрібен:</translation>
    </message>
</context>
<context>
    <name>EditClientDialog</name>
    <message>
        <source>Edit client %1</source>
        <translation>Редагування картки %1</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol in a course</source>
        <translation>Запис на курс</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Записати</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Курс:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Клієнтка:</translation>
    </message>
    <message>
        <source>%1 of %2 places taken: she gets a place.</source>
        <translation>Зайнято %1 з %2 місць: вона отримає місце.</translation>
    </message>
    <message>
        <source>The course is full (%1 of %2 places taken): she goes on the waiting list as no. %3 and moves in when a place frees.</source>
        <translation>Курс заповнений (зайнято %1 з %2 місць): її буде внесено до списку очікування під № %3; вона отримає місце, щойно воно звільниться.</translation>
    </message>
    <message>
        <source>Type part of her name or code and choose her from the list.</source>
        <translation>Введіть частину її імені або коду й оберіть її зі списку.</translation>
    </message>
</context>
<context>
    <name>ErrorForm</name>
    <message>
        <source>Required</source>
        <translation>Обов’язкове поле</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>Новий захід</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Захід</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>A&amp;im:</source>
        <translation>&amp;Мета:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Підрозділ:</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>Т&amp;ема:</translation>
    </message>
    <message>
        <source>Head counts only: an event names nobody.</source>
        <translation>Лише кількість людей: у заході нікого не називають на ім’я.</translation>
    </message>
    <message>
        <source>&amp;Women attending:</source>
        <translation>&amp;Жінок:</translation>
    </message>
    <message>
        <source>&amp;Men attending:</source>
        <translation>&amp;Чоловіків:</translation>
    </message>
    <message>
        <source>C&amp;hildren attending:</source>
        <translation>Д&amp;ітей:</translation>
    </message>
    <message>
        <source>&amp;Partner organisations:</source>
        <translation>&amp;Організації-партнери:</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Реда&amp;гувати…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Вида&amp;лити…</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Цей місяць</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Минулий місяць</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Цей квартал</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Цей рік</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Обрані дати</translation>
    </message>
    <message>
        <source>Rec&amp;ord event…</source>
        <translation>&amp;Новий захід…</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>Пер&amp;іод:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>П&amp;еріод з:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>д&amp;о:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Жінки</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Чоловіки</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Діти</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Організації-партнери</translation>
    </message>
    <message>
        <source>No events in this period.</source>
        <translation>За цей період заходів немає.</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <source>Partner organisations: %1</source>
        <translation>Організації-партнери: %1</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Період закінчується раніше, ніж починається.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n захід</numerusform>
            <numerusform>%n заходи</numerusform>
            <numerusform>%n заходів</numerusform>
        </translation>
    </message>
    <message>
        <source>attended: %1 women, %2 men, %3 children</source>
        <translation>відвідали: жінок — %1, чоловіків — %2, дітей — %3</translation>
    </message>
    <message>
        <source>Delete an event</source>
        <translation>Видалення заходу</translation>
    </message>
    <message>
        <source>Delete the event “%1” of %2? Use this for an event recorded by mistake or one that did not take place.</source>
        <translation>Видалити захід «%1» від %2? Це для заходу, записаного помилково, або такого, що не відбувся.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Вида&amp;лити</translation>
    </message>
</context>
<context>
    <name>ExportDoneDialog</name>
    <message>
        <source>Report exported</source>
        <translation>Звіт експортовано</translation>
    </message>
    <message>
        <source>The report for %1 was written and recorded in the register of exports.</source>
        <translation>Звіт за %1 записано у файл і внесено до реєстру експортів.</translation>
    </message>
    <message>
        <source>%1, in %2, disclosure threshold k = %3, %4</source>
        <translation>%1, мова: %2, поріг розкриття k = %3, %4</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Вміст:</translation>
    </message>
    <message>
        <source>&amp;SHA-256:</source>
        <translation>&amp;SHA-256:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Показати в &amp;теці</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Identical to the export of %1 with the same settings: the same SHA-256, so the same numbers.</source>
        <translation>Збігається з експортом від %1 з тими самими параметрами: та сама SHA-256, отже, ті самі числа.</translation>
    </message>
    <message>
        <source>Different from the export of %1 with the same settings: records of this period were added or changed since then.</source>
        <translation>Відрізняється від експорту від %1 з тими самими параметрами: відтоді записи за цей період було додано або змінено.</translation>
    </message>
    <message>
        <source>This computer has no program to open it. The file is in place; open it from the folder shown above.</source>
        <translation>На цьому комп’ютері немає програми, щоб його відкрити. Файл збережено; відкрийте його з теки, зазначеної вище.</translation>
    </message>
</context>
<context>
    <name>ExportRegister</name>
    <message>
        <source>Every export is recorded here and in the audit log: the period, the settings, the role (never the person) and the SHA-256 checksum of the file, so that a figure the department quotes can be traced to its file. Exporting the same period again with the same settings gives the same numbers, and a CSV file gives exactly the same bytes.</source>
        <translation>Кожен експорт записано тут і в журналі аудиту: період, параметри, роль (ніколи не особу) і контрольну суму SHA-256 файлу, щоб число, на яке посилається департамент, можна було простежити до його файлу. Повторний експорт того самого періоду з тими самими параметрами дає ті самі числа, а файл CSV — точно ті самі байти.</translation>
    </message>
    <message>
        <source>Register of exports</source>
        <translation>Реєстр експортів</translation>
    </message>
    <message>
        <source>Previe&amp;w this period</source>
        <translation>Переглянути &amp;цей період</translation>
    </message>
    <message>
        <source>E&amp;xport this period again…</source>
        <translation>Експортувати цей період з&amp;нову…</translation>
    </message>
    <message>
        <source>Cop&amp;y SHA-256</source>
        <translation>&amp;Копіювати SHA-256</translation>
    </message>
    <message>
        <source>Loading the register…</source>
        <translation>Завантаження реєстру…</translation>
    </message>
    <message numerus="yes">
        <source>%n export(s) recorded</source>
        <translation>
            <numerusform>записано %n експорт</numerusform>
            <numerusform>записано %n експорти</numerusform>
            <numerusform>записано %n експортів</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been exported yet.</source>
        <translation>Ще нічого не експортовано.</translation>
    </message>
    <message>
        <source>SHA-256 copied.</source>
        <translation>SHA-256 скопійовано.</translation>
    </message>
</context>
<context>
    <name>ExportRegisterModel</name>
    <message>
        <source>Exported</source>
        <translation>Експортовано</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Дати</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Підрозділ</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>SHA-256 of the file&apos;s bytes: %1</source>
        <translation>SHA-256 байтів файлу: %1</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend the stay</source>
        <translation>Продовження перебування</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>Пр&amp;одовжити</translation>
    </message>
    <message numerus="yes">
        <source>at most %1 (%n day(s) from admission)</source>
        <translation>
            <numerusform>не пізніше %1 (%n день від поселення)</numerusform>
            <numerusform>не пізніше %1 (%n дні від поселення)</numerusform>
            <numerusform>не пізніше %1 (%n днів від поселення)</numerusform>
        </translation>
    </message>
    <message>
        <source>Allowed &amp;until:</source>
        <translation>Дозволено &amp;до:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Оберіть…</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Рішення від:</translation>
    </message>
</context>
<context>
    <name>ExtendOrderDialog</name>
    <message>
        <source>Extend the restraining order</source>
        <translation>Продовжити обмежувальний припис</translation>
    </message>
    <message>
        <source>In force until:</source>
        <translation>Діє до:</translation>
    </message>
    <message>
        <source>&amp;Extended on:</source>
        <translation>&amp;Продовжено:</translation>
    </message>
    <message>
        <source>&amp;New end:</source>
        <translation>&amp;Новий кінець:</translation>
    </message>
</context>
<context>
    <name>FamilyChildren</name>
    <message>
        <source>No children on record.</source>
        <translation>Записаних дітей немає.</translation>
    </message>
    <message>
        <source>name not recorded</source>
        <translation>ім’я не записане</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>приблизно %1 р.</translation>
    </message>
    <message>
        <source>%1, age %2 (born %3)</source>
        <translation>%1, вік %2 (нар. %3)</translation>
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
    <message>
        <source>Connec&amp;tion…</source>
        <translation>Під&amp;ключення…</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Next contact</source>
        <translation>Наступний контакт</translation>
    </message>
    <message>
        <source>&amp;Contact her on:</source>
        <translation>&amp;Зв’язатися з нею:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Мета контакту:</translation>
    </message>
</context>
<context>
    <name>FollowUpField</name>
    <message>
        <source>Planned for</source>
        <translation>Запланована на</translation>
    </message>
</context>
<context>
    <name>FollowUpsCard</name>
    <message>
        <source>Overdue contacts</source>
        <translation>Прострочені контакти</translation>
    </message>
</context>
<context>
    <name>ForHerButtons</name>
    <message>
        <source>For her:</source>
        <translation>Для неї:</translation>
    </message>
    <message>
        <source>&amp;Log a consultation…</source>
        <translation>Записати &amp;консультацію…</translation>
    </message>
    <message>
        <source>E&amp;nrol on a course…</source>
        <translation>Записати на &amp;курс…</translation>
    </message>
    <message>
        <source>Ad&amp;mit to the shelter…</source>
        <translation>Поселити &amp;в притулок…</translation>
    </message>
    <message>
        <source>Re&amp;cord a referral…</source>
        <translation>Записати &amp;направлення…</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Individual plan: new goal</source>
        <translation>Індивідуальний план: нова мета</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Сфера:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Мета:</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>C&amp;lient:</source>
        <translation>Кл&amp;ієнтка:</translation>
    </message>
    <message>
        <source>Log a consultation with her</source>
        <translation>Внести консультацію з нею</translation>
    </message>
    <message>
        <source>Book an appointment for her</source>
        <translation>Призначити їй запис</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Історія</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Було</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Рік народження</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Громадянство</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Safe to call</source>
        <translation>Безпечно телефонувати</translation>
    </message>
    <message>
        <source>Safe to send messages</source>
        <translation>Безпечно надсилати повідомлення</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категорії</translation>
    </message>
    <message>
        <source>Came via</source>
        <translation>Шлях звернення</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Перше звернення</translation>
    </message>
    <message>
        <source>The record has not been changed since intake.</source>
        <translation>Картку не змінювали після первинного прийому.</translation>
    </message>
</context>
<context>
    <name>IncidentChildren</name>
    <message>
        <source>name not recorded</source>
        <translation>ім’я не записане</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>вік %1</translation>
    </message>
    <message>
        <source>witnessed</source>
        <translation>свідок</translation>
    </message>
    <message>
        <source>harmed</source>
        <translation>зазнав(ла) шкоди</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Record an incident of violence</source>
        <translation>Записати випадок насильства</translation>
    </message>
    <message>
        <source>Forms of &amp;violence:</source>
        <translation>&amp;Форми насильства:</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Контекст:</translation>
    </message>
    <message>
        <source>&amp;Disclosed on:</source>
        <translation>&amp;Дата розповіді:</translation>
    </message>
    <message>
        <source>An &amp;appeal to the centre, at:</source>
        <translation>&amp;Звернення до центру, о:</translation>
    </message>
    <message>
        <source>Appeal:</source>
        <translation>Звернення:</translation>
    </message>
    <message>
        <source>The police, the district coordinating unit and, when a child is a victim, the children&apos;s service must be told within 24 hours of the appeal.</source>
        <translation>Поліцію, районний координаційний підрозділ і, коли постраждала дитина, службу у справах дітей слід повідомити протягом 24 годин від звернення.</translation>
    </message>
    <message>
        <source>Happened &amp;from:</source>
        <translation>Ст&amp;ався з:</translation>
    </message>
    <message>
        <source>&amp;until (empty: one day):</source>
        <translation>по (порожньо — &amp;один день):</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Місце:</translation>
    </message>
    <message>
        <source>He&amp;r children:</source>
        <translation>&amp;Її діти:</translation>
    </message>
    <message>
        <source>Children &amp;witnessed it</source>
        <translation>Діти були &amp;свідками</translation>
    </message>
    <message>
        <source>Children:</source>
        <translation>Діти:</translation>
    </message>
    <message>
        <source>Children were &amp;harmed</source>
        <translation>Діти &amp;постраждали</translation>
    </message>
    <message>
        <source>How &amp;many children:</source>
        <translation>Скільки ді&amp;тей:</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <source>Reported to the p&amp;olice:</source>
        <translation>Повідомлено по&amp;ліцію:</translation>
    </message>
    <message>
        <source>Alleged &amp;perpetrators:</source>
        <translation>Імовірні &amp;кривдники:</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New client (intake)</source>
        <translation>Нова картка (первинний прийом)</translation>
    </message>
    <message>
        <source>Create a new record &amp;anyway</source>
        <translation>&amp;Усе одно створити нову картку</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 р.</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>%1 р. н.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архіві</translation>
    </message>
    <message>
        <source>&amp;Open that card instead</source>
        <translation>Відкр&amp;ити ту картку</translation>
    </message>
    <message>
        <source>A client with a similar name and the same birth date or year is already registered: %1. Is it the same person? Open that card instead of creating a second record.</source>
        <translation>Уже є картка зі схожим ім’ям і тією самою датою чи роком народження: %1. Чи це та сама особа? Відкрийте ту картку замість того, щоб створювати другу.</translation>
    </message>
    <message>
        <source>Clients with a similar name and the same birth date or year are already registered: %1. Is one of them the same person? Open that card instead of creating a second record.</source>
        <translation>Уже є картки зі схожим ім’ям і тією самою датою чи роком народження: %1. Чи одна з них — та сама особа? Відкрийте ту картку замість того, щоб створювати другу.</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <source>Journal of appeals</source>
        <translation>Журнал звернень</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;З:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Зберегти &amp;як:</translation>
    </message>
    <message>
        <source>One row per appeal, with the notifications made. Client codes only; the file holds special-category data: keep it as you keep her paper file.</source>
        <translation>Один рядок на звернення, з зробленими повідомленнями. Лише коди клієнток; файл містить дані особливої категорії: зберігайте його, як її паперову справу.</translation>
    </message>
    <message>
        <source>&amp;Save PDF</source>
        <translation>Збе&amp;регти PDF</translation>
    </message>
    <message>
        <source>Save the journal as PDF</source>
        <translation>Зберегти журнал як PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>KeysSection</name>
    <message>
        <source>Rotate the data key</source>
        <translation>Заміна ключа даних</translation>
    </message>
    <message>
        <source>All records are encrypted with one data key, which each staff password and the recovery code unlock. Rotating it re-encrypts the database under a new key and re-seals it for the active accounts and the recovery code.</source>
        <translation>Усі записи зашифровано одним ключем даних, який відмикають пароль кожної працівниці та код відновлення. Заміна ключа перешифровує базу новим ключем і заново запечатує його для активних облікових записів і коду відновлення.</translation>
    </message>
    <message>
        <source>Do it after a staff member leaves (deactivate her account first) or when a computer, USB stick or backup goes missing: copies of the old key file then open nothing. Passwords and the recovery code stay the same. Backups made before the rotation still open with the passwords of that time: make a new backup afterwards and destroy the old copies you do not need.</source>
        <translation>Робіть це, коли працівниця йде з роботи (спершу вимкніть її обліковий запис) або коли зник комп’ютер, флешка чи резервна копія: копії старого файлу ключів після цього нічого не відкривають. Паролі й код відновлення не змінюються. Резервні копії, зроблені до заміни, і далі відкриваються паролями того часу: після заміни зробіть нову копію та знищте старі, які вже не потрібні.</translation>
    </message>
    <message>
        <source>&amp;Rotate the data key…</source>
        <translation>&amp;Замінити ключ даних…</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код відновлення</translation>
    </message>
    <message>
        <source>The printed recovery code opens the records if the administrator&apos;s password is lost. Replace it if the paper may have been seen or is lost: the old code stops working at once.</source>
        <translation>Надрукований код відновлення відкриває записи, якщо пароль адміністраторки втрачено. Замініть його, якщо аркуш могли бачити сторонні або його загублено: старий код одразу перестане діяти.</translation>
    </message>
    <message>
        <source>Replace the re&amp;covery code…</source>
        <translation>Замінити &amp;код відновлення…</translation>
    </message>
    <message>
        <source>Re-encrypt the whole database under a new data key now? It takes a moment; do not switch the computer off meanwhile.</source>
        <translation>Перешифрувати всю базу новим ключем даних зараз? Це займе трохи часу; не вимикайте тим часом комп’ютер.</translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>&amp;Замінити</translation>
    </message>
    <message>
        <source>Re-encrypting the database under a new key…</source>
        <translation>Перешифровуємо базу новим ключем…</translation>
    </message>
    <message>
        <source>Data key</source>
        <translation>Ключ даних</translation>
    </message>
    <message>
        <source>The data key was rotated at %1. Old copies of the key file open nothing now. Make a new backup.</source>
        <translation>Ключ даних замінено о %1. Старі копії файлу ключів тепер нічого не відкривають. Зробіть нову резервну копію.</translation>
    </message>
    <message>
        <source>Replace the recovery code</source>
        <translation>Заміна коду відновлення</translation>
    </message>
    <message>
        <source>Make a new recovery code? It is shown only once: have paper or a printer ready. The printed one stops working when you confirm the new one is kept.</source>
        <translation>Створити новий код відновлення? Його буде показано лише один раз: підготуйте папір або принтер. Надрукований код перестане діяти, коли ви підтвердите, що новий збережено.</translation>
    </message>
    <message>
        <source>&amp;Make a new code</source>
        <translation>&amp;Створити новий код</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Free</source>
        <translation>Вільне</translation>
    </message>
    <message>
        <source>Free, booked later</source>
        <translation>Вільне, є бронь</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Зайняте</translation>
    </message>
    <message>
        <source>Departure or limit soon</source>
        <translation>Скоро виїзд або кінець строку</translation>
    </message>
    <message>
        <source>Over the allowed stay</source>
        <translation>Понад дозволений строк</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Недоступне</translation>
    </message>
</context>
<context>
    <name>LimitsTab</name>
    <message>
        <source>Client</source>
        <translation>Клієнтка</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Поселена</translation>
    </message>
    <message>
        <source>Allowed until</source>
        <translation>Дозволено до</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Залишилося</translation>
    </message>
    <message>
        <source>Can be extended until</source>
        <translation>Можна продовжити до</translation>
    </message>
    <message>
        <source>no further extension</source>
        <translation>далі продовжити не можна</translation>
    </message>
    <message>
        <source>&amp;Show her bed</source>
        <translation>Показати &amp;її ліжко</translation>
    </message>
    <message>
        <source>E&amp;xtend the stay…</source>
        <translation>П&amp;родовжити перебування…</translation>
    </message>
    <message numerus="yes">
        <source>Stays whose allowed length ends within %n day(s) or has passed: time to extend, or to plan her move on.</source>
        <translation>
            <numerusform>Перебування, дозволений строк яких спливає протягом %n дня або вже минув: час продовжити або спланувати, куди вона переїде.</numerusform>
            <numerusform>Перебування, дозволений строк яких спливає протягом %n днів або вже минув: час продовжити або спланувати, куди вона переїде.</numerusform>
            <numerusform>Перебування, дозволений строк яких спливає протягом %n днів або вже минув: час продовжити або спланувати, куди вона переїде.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over the limit.</source>
        <translation>
            <numerusform>Понад строк: %n.</numerusform>
            <numerusform>Понад строк: %n.</numerusform>
            <numerusform>Понад строк: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over by %n day(s)</source>
        <translation>
            <numerusform>понад строк на %n день</numerusform>
            <numerusform>понад строк на %n дні</numerusform>
            <numerusform>понад строк на %n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>залишився %n день</numerusform>
            <numerusform>залишилося %n дні</numerusform>
            <numerusform>залишилося %n днів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkContactDialog</name>
    <message>
        <source>Link the contact to a client</source>
        <translation>Пов’язати звернення з карткою</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Звернення:</translation>
    </message>
    <message>
        <source>&amp;Became the client:</source>
        <translation>&amp;Картка:</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Пов’язати</translation>
    </message>
    <message>
        <source>&amp;Remove the link</source>
        <translation>&amp;Зняти зв’язок</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Choose the client from the list.</source>
        <translation>Оберіть картку зі списку.</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Ще нічого не записано.</translation>
    </message>
</context>
<context>
    <name>LiveStatus</name>
    <message>
        <source>Updates from the server interrupted — reconnecting…</source>
        <translation>Оновлення з сервера перервано — перепідключення…</translation>
    </message>
    <message>
        <source>Changes made at other workstations may not be shown until the connection is back. What you save here is not affected.</source>
        <translation>Зміни, зроблені на інших робочих місцях, можуть не з’являтися, доки з’єднання не відновиться. Те, що ви зберігаєте тут, це не зачіпає.</translation>
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
        <source>Signed in: %1 (%2). Enter the password to continue.</source>
        <translation>Працює: %1 (%2). Введіть пароль, щоб продовжити.</translation>
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
    <name>LogConsultationDialog</name>
    <message>
        <source>Log a held consultation</source>
        <translation>Внесення проведеної консультації</translation>
    </message>
    <message>
        <source>&amp;Save consultation</source>
        <translation>З&amp;берегти консультацію</translation>
    </message>
    <message>
        <source>Work it out from her earlier consultations</source>
        <translation>Визначити за її попередніми консультаціями</translation>
    </message>
    <message>
        <source>First consultation</source>
        <translation>Первинна консультація</translation>
    </message>
    <message>
        <source>Repeat consultation</source>
        <translation>Повторна консультація</translation>
    </message>
    <message>
        <source>F&amp;irst or repeat:</source>
        <translation>&amp;Первинна чи повторна:</translation>
    </message>
    <message>
        <source>Topics, format and duration as at her last consultation.</source>
        <translation>Теми, формат і тривалість — як на її останній консультації.</translation>
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
        <translation>Облікови&amp;й запис</translation>
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
        <source>H&amp;elp</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавіші швидкого доступу</translation>
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
    <name>MarkHeldDialog</name>
    <message>
        <source>Mark the appointment held</source>
        <translation>Позначення запису як проведеного</translation>
    </message>
    <message>
        <source>&amp;Save as held</source>
        <translation>З&amp;берегти як проведену</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клієнтка:</translation>
    </message>
    <message>
        <source>Booked for:</source>
        <translation>Запис на:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Тривалість:</translation>
    </message>
    <message>
        <source>Tick the topics of &amp;last time</source>
        <translation>Позначити теми &amp;минулого разу</translation>
    </message>
    <message>
        <source>Nothing is ticked for you: tick what was discussed this time.</source>
        <translation>Нічого не позначено за вас: позначте, що обговорювали цього разу.</translation>
    </message>
    <message>
        <source>Last time: %1. Nothing is ticked for you.</source>
        <translation>Минулого разу: %1. Нічого не позначено за вас.</translation>
    </message>
</context>
<context>
    <name>MomentField</name>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>закінчується о %1</translation>
    </message>
    <message>
        <source>ends %1 the next day</source>
        <translation>закінчується о %1 наступного дня</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>у майбутньому</translation>
    </message>
</context>
<context>
    <name>MonthCard</name>
    <message>
        <source>This month</source>
        <translation>Цей місяць</translation>
    </message>
    <message>
        <source>Psychological consultations</source>
        <translation>Психологічні консультації</translation>
    </message>
    <message>
        <source>Legal consultations</source>
        <translation>Юридичні консультації</translation>
    </message>
    <message>
        <source>Course enrolments</source>
        <translation>Записи на курси</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Заходи</translation>
    </message>
    <message>
        <source>Referrals received</source>
        <translation>Вхідні направлення</translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation>Вихідні направлення</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>З %1 по %2</translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n завершила</numerusform>
            <numerusform>%n завершили</numerusform>
            <numerusform>%n завершили</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n учасник</numerusform>
            <numerusform>%n учасники</numerusform>
            <numerusform>%n учасників</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <source>Beds taken per night: at most %1 of %2.</source>
        <translation>Зайнятих ліжок за ніч: щонайбільше %1 з %2.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 beds booked (a night to come)</source>
        <translation>%1: заброньовано %2 з %3 ліжок (майбутня ніч)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 beds taken</source>
        <translation>%1: зайнято %2 з %3 ліжок</translation>
    </message>
    <message>
        <source>Click to show that night on the board.</source>
        <translation>Клацніть, щоб показати цю ніч на дошці.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move to another bed</source>
        <translation>Переселення в інше ліжко</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Переселити</translation>
    </message>
    <message>
        <source>From the &amp;night of:</source>
        <translation>З &amp;ночі на:</translation>
    </message>
    <message>
        <source>New &amp;bed:</source>
        <translation>Нове &amp;ліжко:</translation>
    </message>
    <message>
        <source>Her children move with her.</source>
        <translation>Її діти переселяються разом із нею.</translation>
    </message>
</context>
<context>
    <name>MyCasesPage</name>
    <message>
        <source>&lt;b&gt;Cases&lt;/b&gt;</source>
        <translation>&lt;b&gt;Випадки&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;My cases&lt;/b&gt;</source>
        <translation>&lt;b&gt;Мої випадки&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Every caseload</source>
        <translation>Усі випадки</translation>
    </message>
    <message>
        <source>Give the selected case to:</source>
        <translation>Передати вибраний випадок:</translation>
    </message>
    <message>
        <source>&amp;Reassign</source>
        <translation>Пе&amp;редати</translation>
    </message>
    <message>
        <source>No open case.</source>
        <translation>Відкритих випадків немає.</translation>
    </message>
</context>
<context>
    <name>MyDayPanel</name>
    <message>
        <source>&amp;Log a held consultation</source>
        <translation>&amp;Внести проведену консультацію</translation>
    </message>
    <message>
        <source>&amp;Schedule an appointment</source>
        <translation>П&amp;ризначити запис</translation>
    </message>
    <message>
        <source>Ctrl+N: log a consultation · Ctrl+Shift+N: book</source>
        <translation>Ctrl+N: внести консультацію · Ctrl+Shift+N: призначити запис</translation>
    </message>
    <message>
        <source>Selected row:</source>
        <translation>Вибраний рядок:</translation>
    </message>
    <message>
        <source>Mark &amp;held</source>
        <translation>Відбулас&amp;я</translation>
    </message>
    <message>
        <source>Mark &amp;no-show</source>
        <translation>&amp;Неявка</translation>
    </message>
    <message>
        <source>&amp;Cancel appointment</source>
        <translation>Скасува&amp;ти запис</translation>
    </message>
    <message>
        <source>&amp;Book a follow-up</source>
        <translation>&amp;Записати повторно</translation>
    </message>
    <message>
        <source>Her consultation histo&amp;ry</source>
        <translation>Її консульт&amp;ації</translation>
    </message>
    <message>
        <source>The selected appointment took place: record its topics, outcome and note.</source>
        <translation>Вибраний запис відбувся: внесіть теми, результат і нотатку.</translation>
    </message>
    <message>
        <source>She did not come to the selected appointment.</source>
        <translation>Вона не прийшла на вибраний запис.</translation>
    </message>
    <message>
        <source>Cancel the selected appointment.</source>
        <translation>Скасувати вибраний запис.</translation>
    </message>
    <message>
        <source>Book the next appointment for the selected overdue follow-up.</source>
        <translation>Призначити новий запис для вибраної простроченої повторної зустрічі.</translation>
    </message>
    <message>
        <source>All consultations of the selected client (or double-click the row).</source>
        <translation>Усі консультації вибраної клієнтки (або двічі клацніть рядок).</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнтка</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Nothing booked for this day.</source>
        <translation>На цей день записів немає.</translation>
    </message>
    <message>
        <source>The next %1 days</source>
        <translation>Наступні %1 днів</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Nothing booked yet.</source>
        <translation>Записів поки немає.</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Прострочені повторні зустрічі</translation>
    </message>
    <message>
        <source>Last consultation</source>
        <translation>Остання консультація</translation>
    </message>
    <message>
        <source>Follow-up was due</source>
        <translation>Термін повторної зустрічі</translation>
    </message>
    <message>
        <source>No follow-up is overdue.</source>
        <translation>Прострочених повторних зустрічей немає.</translation>
    </message>
    <message>
        <source>My day: %1</source>
        <translation>Мій день: %1</translation>
    </message>
    <message>
        <source>Appointments today</source>
        <translation>Записи на сьогодні</translation>
    </message>
    <message>
        <source>Appointments on %1</source>
        <translation>Записи на %1</translation>
    </message>
    <message>
        <source>Saved: consultation with %1 on %2.</source>
        <translation>Збережено: консультація з %1, %2.</translation>
    </message>
    <message>
        <source>Booked: %1 on %2.</source>
        <translation>Записано: %1 на %2.</translation>
    </message>
    <message>
        <source>Marked held: %1.</source>
        <translation>Позначено як проведену: %1.</translation>
    </message>
    <message>
        <source>Marked as no-show: %1.</source>
        <translation>Позначено неявку: %1.</translation>
    </message>
    <message>
        <source>Cancelled: %1 on %2.</source>
        <translation>Скасовано: %1, %2.</translation>
    </message>
</context>
<context>
    <name>NeedsAssessmentDialog</name>
    <message>
        <source>Needs assessment</source>
        <translation>Оцінка потреб</translation>
    </message>
    <message>
        <source>&lt;b&gt;Domain&lt;/b&gt;</source>
        <translation>&lt;b&gt;Сфера&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Level of need&lt;/b&gt;</source>
        <translation>&lt;b&gt;Рівень потреби&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comment&lt;/b&gt;</source>
        <translation>&lt;b&gt;Коментар&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>Потреби:</translation>
    </message>
    <message>
        <source>Her c&amp;hildren:</source>
        <translation>Її &amp;діти:</translation>
    </message>
    <message>
        <source>&amp;Assessed on:</source>
        <translation>&amp;Дата оцінки:</translation>
    </message>
    <message>
        <source>&amp;Next review:</source>
        <translation>&amp;Наступний перегляд:</translation>
    </message>
</context>
<context>
    <name>NightBar</name>
    <message>
        <source>The site whose rooms the board shows</source>
        <translation>Підрозділ, кімнати якого показує дошка</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Підрозділ</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>П&amp;ідрозділ:</translation>
    </message>
    <message>
        <source>Previous night (Alt+Left)</source>
        <translation>Попередня ніч (Alt+Ліворуч)</translation>
    </message>
    <message>
        <source>Previous night</source>
        <translation>Попередня ніч</translation>
    </message>
    <message>
        <source>The night the board shows</source>
        <translation>Ніч, яку показує дошка</translation>
    </message>
    <message>
        <source>N&amp;ight of:</source>
        <translation>&amp;Ніч на:</translation>
    </message>
    <message>
        <source>Next night (Alt+Right)</source>
        <translation>Наступна ніч (Alt+Праворуч)</translation>
    </message>
    <message>
        <source>Next night</source>
        <translation>Наступна ніч</translation>
    </message>
    <message>
        <source>Toda&amp;y</source>
        <translation>&amp;Сьогодні</translation>
    </message>
    <message>
        <source>Ad&amp;mit…</source>
        <translation>Посе&amp;лити…</translation>
    </message>
    <message>
        <source>Admit a woman to a free bed (Ctrl+N)</source>
        <translation>Поселити жінку у вільне ліжко (Ctrl+N)</translation>
    </message>
    <message>
        <source>Tonight</source>
        <translation>Цієї ночі</translation>
    </message>
    <message>
        <source>Night of %1</source>
        <translation>Ніч на %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 beds taken</source>
        <translation>%1: зайнято %2 з %3 ліжок</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in all:</source>
        <translation>
            <numerusform>Усього %n особа:</numerusform>
            <numerusform>Усього %n особи:</numerusform>
            <numerusform>Усього %n осіб:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wom(an|en)</source>
        <translation>
            <numerusform>%n жінка</numerusform>
            <numerusform>%n жінки</numerusform>
            <numerusform>%n жінок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n дитина</numerusform>
            <numerusform>%n дитини</numerusform>
            <numerusform>%n дітей</numerusform>
        </translation>
    </message>
    <message>
        <source>rooms hold %1</source>
        <translation>кімнати вміщують %1</translation>
    </message>
</context>
<context>
    <name>NoRoomBanner</name>
    <message>
        <source>Add to the &amp;waiting list</source>
        <translation>Додати до &amp;списку очікування</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Case note</source>
        <translation>Нотатка до випадку</translation>
    </message>
    <message>
        <source>&amp;Note (case team and head only):</source>
        <translation>&amp;Нотатка (лише команда випадку і керівниця):</translation>
    </message>
</context>
<context>
    <name>NotificationDialog</name>
    <message>
        <source>Record a notification</source>
        <translation>Записати повідомлення</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <source>Due by:</source>
        <translation>Строк до:</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Про кого:</translation>
    </message>
    <message>
        <source>Made &amp;on:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;at:</source>
        <translation>&amp;Час:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Як:</translation>
    </message>
    <message>
        <source>registration number, if one was given</source>
        <translation>реєстраційний номер, якщо його дали</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>witnessed</source>
        <translation>свідок</translation>
    </message>
    <message>
        <source>harmed</source>
        <translation>зазнав(ла) шкоди</translation>
    </message>
    <message>
        <source>name not recorded</source>
        <translation>ім’я не записане</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>вік %1</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Укажіть дату.</translation>
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
        <source>The backup was restored and checked. The previous database is kept beside it under a dated name. Sign in again as an administrator and give the other staff new passwords.</source>
        <translation>Резервну копію відновлено й перевірено. Попередню базу збережено поруч під назвою з датою. Увійдіть знову як адміністратор і задайте іншим працівницям нові паролі.</translation>
    </message>
    <message>
        <source>The daily backup could not be made: %1</source>
        <translation>Не вдалося зробити щоденну резервну копію: %1</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Pick the date in a calendar</source>
        <translation>Вибрати дату в календарі</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календар</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>Record a protection order</source>
        <translation>Записати припис</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>В&amp;инесено:</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>Діє &amp;з:</translation>
    </message>
    <message>
        <source>In force &amp;until:</source>
        <translation>Діє &amp;до:</translation>
    </message>
    <message>
        <source>e.g. the police department or the court</source>
        <translation>напр., відділ поліції або суд</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>&amp;Ким винесено:</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не вказано</translation>
    </message>
    <message>
        <source>A&amp;gainst:</source>
        <translation>&amp;Щодо кого:</translation>
    </message>
    <message>
        <source>&amp;Conditions:</source>
        <translation>&amp;Умови:</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Referral outcome</source>
        <translation>Результат направлення</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Напрям:</translation>
    </message>
    <message>
        <source>Kind of help:</source>
        <translation>Вид допомоги:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Організація:</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>не вказано</translation>
    </message>
    <message>
        <source>Ou&amp;tcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
</context>
<context>
    <name>OverdueFollowUps</name>
    <message>
        <source>&lt;b&gt;Overdue contacts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Прострочені контакти&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Виконано</translation>
    </message>
    <message>
        <source>Re&amp;schedule…</source>
        <translation>П&amp;еренести…</translation>
    </message>
    <message>
        <source>D&amp;ismiss…</source>
        <translation>&amp;Скасувати…</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнтка</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Мета</translation>
    </message>
    <message>
        <source>No contact is overdue.</source>
        <translation>Прострочених контактів немає.</translation>
    </message>
</context>
<context>
    <name>PartnerChecklist</name>
    <message>
        <source>Filter the list…</source>
        <translation>Фільтр списку…</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (неактивна)</translation>
    </message>
    <message>
        <source>No active partner organisations: add them on the Partner organisations tab.</source>
        <translation>Активних організацій-партнерів немає: додайте їх на вкладці «Організації-партнери».</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Обрано: %1</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>New partner organisation</source>
        <translation>Нова організація-партнер</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Організація-партнер</translation>
    </message>
    <message>
        <source>e.g. NGO «La Strada-Ukraine»</source>
        <translation>напр., ГО «Ла Страда-Україна»</translation>
    </message>
    <message>
        <source>The organisation&apos;s phone, e-mail or address</source>
        <translation>Телефон, e-mail або адреса організації</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Контакти:</translation>
    </message>
</context>
<context>
    <name>PartnersTab</name>
    <message>
        <source>Add pa&amp;rtner…</source>
        <translation>Дода&amp;ти організацію…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Реда&amp;гувати…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>Де&amp;активувати…</translation>
    </message>
    <message>
        <source>Sh&amp;ow inactive</source>
        <translation>Показати &amp;неактивні</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>неактивна</translation>
    </message>
    <message>
        <source>No partner organisations are registered yet.</source>
        <translation>Організацій-партнерів ще не зареєстровано.</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n організація</numerusform>
            <numerusform>%n організації</numerusform>
            <numerusform>%n організацій</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Активувати знову</translation>
    </message>
    <message>
        <source>Deactivate a partner organisation</source>
        <translation>Деактивація організації-партнера</translation>
    </message>
    <message>
        <source>“%1” will no longer be offered for new events and referrals. Events and referrals that already name it keep it.</source>
        <translation>«%1» більше не пропонуватиметься для нових заходів і перенаправлень. Заходи й перенаправлення, де її вже вказано, її збережуть.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>Де&amp;активувати</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Скидання пароля</translation>
    </message>
    <message>
        <source>&amp;Set new password</source>
        <translation>&amp;Установити новий пароль</translation>
    </message>
    <message>
        <source>A new password for %1. Her old password stops working at once; tell her the new one in person.</source>
        <translation>Новий пароль для %1. Старий пароль одразу перестане діяти; повідомте їй новий особисто.</translation>
    </message>
    <message>
        <source>Reactivate account</source>
        <translation>Увімкнення облікового запису</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Активувати знову</translation>
    </message>
    <message>
        <source>%1 will be able to sign in again with the password you set here; tell it to her in person.</source>
        <translation>%1 знову зможе входити з паролем, який ви тут установите; повідомте його їй особисто.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Обліковий запис:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новий пароль:</translation>
    </message>
</context>
<context>
    <name>PerpetratorDialog</name>
    <message>
        <source>Alleged perpetrator</source>
        <translation>Імовірний кривдник</translation>
    </message>
    <message>
        <source>Add an alleged perpetrator</source>
        <translation>Додати імовірного кривдника</translation>
    </message>
    <message>
        <source>&amp;Relationship to her:</source>
        <translation>&amp;Ким доводиться їй:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Стать:</translation>
    </message>
    <message>
        <source>&amp;Age group:</source>
        <translation>&amp;Вікова група:</translation>
    </message>
    <message>
        <source>&amp;Lives with her</source>
        <translation>&amp;Проживає з нею</translation>
    </message>
    <message>
        <source>Has access to &amp;weapons</source>
        <translation>Має доступ до &amp;зброї</translation>
    </message>
    <message>
        <source>&amp;Earlier violence (against her or others)</source>
        <translation>&amp;Насильство раніше (щодо неї чи інших)</translation>
    </message>
    <message>
        <source>Abuses alc&amp;ohol or drugs</source>
        <translation>Зловживає &amp;алкоголем чи наркотиками</translation>
    </message>
    <message>
        <source>Appearance, car, places, habits: what the shelter&apos;s staff must recognise</source>
        <translation>Зовнішність, автомобіль, місця, звички: що мають упізнати працівниці Притулку</translation>
    </message>
    <message>
        <source>&amp;Description for security:</source>
        <translation>&amp;Опис для безпеки:</translation>
    </message>
    <message>
        <source>&amp;Incidents:</source>
        <translation>В&amp;ипадки:</translation>
    </message>
</context>
<context>
    <name>PlanReviewedDialog</name>
    <message>
        <source>Mark the safety plan reviewed</source>
        <translation>Перегляд плану безпеки</translation>
    </message>
    <message>
        <source>Plan made on:</source>
        <translation>План складено:</translation>
    </message>
    <message>
        <source>Review was due by:</source>
        <translation>Переглянути треба було до:</translation>
    </message>
    <message>
        <source>Re&amp;viewed on:</source>
        <translation>&amp;Дата перегляду:</translation>
    </message>
    <message>
        <source>Mark it reviewed when you went through the plan with her and it still holds. If the plan changes or needs a new review date, write a new plan instead.</source>
        <translation>Позначте план переглянутим, коли ви пройшли його разом із нею і він досі чинний. Якщо план змінюється або потрібна нова дата перегляду, складіть новий план.</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation>&amp;Позначити переглянутим</translation>
    </message>
</context>
<context>
    <name>PlannedDepartureDialog</name>
    <message>
        <source>Planned departure</source>
        <translation>Запланований виїзд</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>З&amp;берегти</translation>
    </message>
    <message>
        <source>&amp;Planned departure:</source>
        <translation>&amp;Запланований виїзд:</translation>
    </message>
    <message>
        <source>known</source>
        <translation>відомо</translation>
    </message>
    <message>
        <source>The board marks her bed a few days ahead so that it can be promised to the next woman. Clear the box if the date is no longer known.</source>
        <translation>Дошка позначає її ліжко за кілька днів, щоб його можна було пообіцяти наступній жінці. Зніміть позначку, якщо дата вже невідома.</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>E&amp;dit…</source>
        <translation>Реда&amp;гувати…</translation>
    </message>
    <message>
        <source>Surname:</source>
        <translation>Прізвище:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Ім’я:</translation>
    </message>
    <message>
        <source>Patronymic:</source>
        <translation>По батькові:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Дата народження:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Стать:</translation>
    </message>
    <message>
        <source>Citizenship:</source>
        <translation>Громадянство:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Зв’язок:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Район:</translation>
    </message>
    <message>
        <source>Came via:</source>
        <translation>Шлях звернення:</translation>
    </message>
    <message>
        <source>First contact:</source>
        <translation>Перше звернення:</translation>
    </message>
    <message>
        <source>Last contact:</source>
        <translation>Останній контакт:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Категорії:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Картка:</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Профіль</translation>
    </message>
    <message>
        <source>safe to call: %1; safe to send messages: %2</source>
        <translation>безпечно телефонувати: %1; безпечно надсилати повідомлення: %2</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архіві</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <source>%1 (%2 years)</source>
        <translation>%1 (%2 р.)</translation>
    </message>
    <message>
        <source>in %1 (only the year is known)</source>
        <translation>у %1 р. (відомий лише рік)</translation>
    </message>
    <message>
        <source>Edit the record (Ctrl+E)</source>
        <translation>Редагувати картку (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <source>&amp;Courses</source>
        <translation>&amp;Курси</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>&amp;Заходи</translation>
    </message>
    <message>
        <source>&amp;Partner organisations</source>
        <translation>О&amp;рганізації-партнери</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Перегляд у:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлів:</translation>
    </message>
</context>
<context>
    <name>RecordConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Запис згоди</translation>
    </message>
    <message>
        <source>&amp;Consent to:</source>
        <translation>Згода &amp;на:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Дата надання:</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>З&amp;берегти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Write the date as %1, or pick it.</source>
        <translation>Запишіть дату у форматі %1 або оберіть її.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>New recovery code</source>
        <translation>Новий код відновлення</translation>
    </message>
    <message>
        <source>This is the new code; it is shown only now. The old printed code keeps working until you tick below that this one is kept, then it stops working.</source>
        <translation>Це новий код; його показано лише зараз. Старий надрукований код діє, доки ви не позначите нижче, що новий збережено; після цього він перестане діяти.</translation>
    </message>
    <message>
        <source>Print it or write it on paper and keep it locked away from this computer (not in a file, not in e-mail, not on the phone). Destroy the old paper.</source>
        <translation>Надрукуйте або запишіть його на папері й зберігайте під замком окремо від комп’ютера (не у файлі, не в пошті, не в телефоні). Старий аркуш знищте.</translation>
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
        <source>Close</source>
        <translation>Закрити</translation>
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
    <name>ReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation>Нове направлення</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>&amp;Напрям:</translation>
    </message>
    <message>
        <source>&amp;Kind of help:</source>
        <translation>&amp;Вид допомоги:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Організація:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>O&amp;utcome so far:</source>
        <translation>&amp;Результат наразі:</translation>
    </message>
    <message>
        <source>&amp;Tell the partner who she is (her name and contact details)</source>
        <translation>&amp;Повідомити партнерові, хто вона (її ім’я та контакти)</translation>
    </message>
    <message>
        <source>Her identity:</source>
        <translation>Її особа:</translation>
    </message>
    <message>
        <source>— no organisation named —</source>
        <translation>— організацію не вказано —</translation>
    </message>
    <message>
        <source>No partner organisations are registered yet: they are added in Courses and events, on the Partner organisations tab.</source>
        <translation>Організацій-партнерів ще не зареєстровано: їх додають у розділі «Курси й заходи», на вкладці «Організації-партнери».</translation>
    </message>
    <message>
        <source>Referred t&amp;o:</source>
        <translation>&amp;Куди направлено:</translation>
    </message>
    <message>
        <source>Referred b&amp;y:</source>
        <translation>&amp;Хто направив:</translation>
    </message>
    <message>
        <source>She has not agreed to her details being passed to referral partners (no such consent valid on %1), so her identity cannot be shared. Saved now, this referral is anonymous: the partner is not told who she is. If she agrees to share, record her consent on the Consents tab first.</source>
        <translation>Вона не погоджувалася на передавання її даних організаціям-партнерам (чинної на %1 згоди немає), тож розкрити її особу не можна. Якщо зберегти зараз, направлення буде анонімним: партнерові не скажуть, хто вона. Якщо вона погодиться, спершу запишіть її згоду на вкладці «Згоди».</translation>
    </message>
    <message>
        <source>She agreed on %1 to her details being passed to referral partners: the partner will be told who she is.</source>
        <translation>%1 вона погодилася на передавання її даних організаціям-партнерам: партнерові скажуть, хто вона.</translation>
    </message>
    <message>
        <source>She agreed on %1 to her details being passed to referral partners. Tick the box only if she wants this partner to know who she is; otherwise the referral is anonymous.</source>
        <translation>%1 вона погодилася на передавання її даних організаціям-партнерам. Позначте поле, лише якщо вона хоче, щоб цей партнер знав, хто вона; інакше направлення буде анонімним.</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>New re&amp;ferral…</source>
        <translation>Записати напра&amp;влення…</translation>
    </message>
    <message>
        <source>Record a referral to us or by us to a partner</source>
        <translation>Записати направлення до нас або від нас до партнера</translation>
    </message>
    <message>
        <source>Record ou&amp;tcome…</source>
        <translation>Записати резу&amp;льтат…</translation>
    </message>
    <message>
        <source>Record what came of the selected referral (or double-click it)</source>
        <translation>Записати, чим завершилося вибране направлення (або двічі клацніть його)</translation>
    </message>
    <message>
        <source>R&amp;eferrals</source>
        <translation>&amp;Направлення</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Напрям</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>Her identity shared</source>
        <translation>Її дані передано</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>No referrals recorded.</source>
        <translation>Направлень не записано.</translation>
    </message>
    <message>
        <source>No (anonymous)</source>
        <translation>Ні (анонімно)</translation>
    </message>
    <message>
        <source>The referral to us was recorded.</source>
        <translation>Направлення до нас записано.</translation>
    </message>
    <message>
        <source>The referral was recorded; her identity is shared with %1.</source>
        <translation>Направлення записано; її дані передано партнерові: %1.</translation>
    </message>
    <message>
        <source>The referral was recorded as anonymous: the partner is not told who she is.</source>
        <translation>Направлення записано як анонімне: партнерові не скажуть, хто вона.</translation>
    </message>
    <message>
        <source>Outcome recorded: %1.</source>
        <translation>Результат записано: %1.</translation>
    </message>
</context>
<context>
    <name>RelativeDays</name>
    <message>
        <source>today</source>
        <translation>сьогодні</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>завтра</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дні</numerusform>
            <numerusform>через %n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день тому</numerusform>
            <numerusform>%n дні тому</numerusform>
            <numerusform>%n днів тому</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>&amp;Register of exports</source>
        <translation>&amp;Реєстр експортів</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>П&amp;еріод:</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Українська</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Англійська</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Мова звіту:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>One site&apos;s summary shows rooms, beds, places, events, courses and sessions only: counts of people are published for all sites together.</source>
        <translation>Звіт одного підрозділу показує лише кімнати, ліжка, місця, заходи, курси й заняття: кількість людей публікується лише для всіх підрозділів разом.</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>Підрозді&amp;л:</translation>
    </message>
    <message>
        <source>&amp;Preview tables</source>
        <translation>Пере&amp;глянути таблиці</translation>
    </message>
    <message>
        <source>Build the anonymised tables (F5)</source>
        <translation>Скласти знеособлені таблиці (F5)</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Експорт &amp;у PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Експорт у &amp;таблицю CSV…</translation>
    </message>
    <message>
        <source>Reports hold counts only: no names, no dates finer than the period, no notes. Every export is recorded in the register with its SHA-256.</source>
        <translation>Звіти містять лише числа: жодних імен, жодних дат, точніших за період, жодних нотаток. Кожен експорт внесено до реєстру з його SHA-256.</translation>
    </message>
    <message>
        <source>Counting and protecting the figures…</source>
        <translation>Підрахунок і захист показників…</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Експорт звіту у PDF</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Експорт звіту у CSV</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV tables for spreadsheets (*.csv)</source>
        <translation>Таблиці CSV для електронних таблиць (*.csv)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Замінити файл?</translation>
    </message>
    <message>
        <source>A file named %1 exists already in %2. Replace it with this report?</source>
        <translation>Файл %1 уже є в теці %2. Замінити його цим звітом?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Замінити</translation>
    </message>
    <message>
        <source>Counting, protecting and writing the report (%1)…</source>
        <translation>Підрахунок, захист і запис звіту (%1)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>&amp;Kind of period:</source>
        <translation>&amp;Вид періоду:</translation>
    </message>
    <message>
        <source>Anonymised &amp;tables</source>
        <translation>&amp;Знеособлені таблиці</translation>
    </message>
    <message>
        <source>Export &amp;JSON (for the department)…</source>
        <translation>Експорт у &amp;JSON (для департаменту)…</translation>
    </message>
    <message>
        <source>%1 (set by the administrator)</source>
        <translation>%1 (встановлює адміністраторка)</translation>
    </message>
    <message>
        <source>Counts from 1 to %2 are shown as “&lt;%1”. k is one for the whole database: an export cannot choose another, since two releases of the same figures with different thresholds would reveal what the higher one hid.</source>
        <translation>Кількості від 1 до %2 показано як «&lt;%1». k один для всієї бази даних: експорт не може вибрати інше, бо два випуски тих самих показників з різними порогами розкрили б те, що приховав вищий.</translation>
    </message>
    <message>
        <source>Disclosure threshold k:</source>
        <translation>Поріг розкриття k:</translation>
    </message>
    <message>
        <source>Due to the Ministry by 20 January and 20 July.</source>
        <translation>Подається до Міністерства до 20 січня та 20 липня.</translation>
    </message>
    <message>
        <source>Export the report as JSON</source>
        <translation>Експорт звіту у JSON</translation>
    </message>
    <message>
        <source>JSON summaries for consolidation (*.json)</source>
        <translation>Звіти JSON для зведення (*.json)</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule the contact</source>
        <translation>Перенести контакт</translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation>&amp;Нова дата:</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>This is the &amp;recovery code</source>
        <translation>Це &amp;код відновлення</translation>
    </message>
    <message>
        <source>Your &amp;password when the backup was made:</source>
        <translation>Ваш &amp;пароль на час створення копії:</translation>
    </message>
</context>
<context>
    <name>RetentionSection</name>
    <message>
        <source>Personal data are kept no longer than needed. Clients with no activity for the chosen number of years are anonymised: their names, birth date, phone, notes, safety plans, risk answers, consents and change history are removed for good. What the anonymous reports count stays (dates, kinds of help, stays, district, age band), so reports of past periods keep their numbers. Women staying in the shelter now are never included.</source>
        <translation>Персональні дані зберігаються не довше, ніж потрібно. Клієнток без жодної активності протягом вибраної кількості років анонімізують: їхні імена, дату народження, телефон, нотатки, плани безпеки, відповіді оцінки ризику, згоди та історію змін буде вилучено назавжди. Те, що рахують анонімні звіти, залишається (дати, види допомоги, перебування, район, вікова група), тож звіти за минулі періоди зберігають свої числа. Жінок, які зараз проживають у притулку, це ніколи не стосується.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>Попередній пере&amp;гляд</translation>
    </message>
    <message>
        <source>No activity for at least (&amp;years):</source>
        <translation>Без активності щонайменше (&amp;років):</translation>
    </message>
    <message>
        <source>What would be anonymised</source>
        <translation>Що буде анонімізовано</translation>
    </message>
    <message>
        <source>Last activity on or before:</source>
        <translation>Остання активність не пізніше:</translation>
    </message>
    <message>
        <source>Clients to anonymise:</source>
        <translation>Клієнток до анонімізації:</translation>
    </message>
    <message>
        <source>Consultation notes erased:</source>
        <translation>Нотаток консультацій буде стерто:</translation>
    </message>
    <message>
        <source>Safety plans erased:</source>
        <translation>Планів безпеки буде стерто:</translation>
    </message>
    <message>
        <source>Risk assessment answers erased:</source>
        <translation>Відповідей оцінки ризику буде стерто:</translation>
    </message>
    <message>
        <source>Change history entries deleted:</source>
        <translation>Записів історії змін буде видалено:</translation>
    </message>
    <message>
        <source>Consent records deleted:</source>
        <translation>Записів про згоди буде видалено:</translation>
    </message>
    <message numerus="yes">
        <source>Anonymi&amp;se %n client(s)…</source>
        <translation>
            <numerusform>&amp;Анонімізувати %n клієнтку…</numerusform>
            <numerusform>&amp;Анонімізувати %n клієнтки…</numerusform>
            <numerusform>&amp;Анонімізувати %n клієнток…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody to anonymise</source>
        <translation>Анонімізувати нікого</translation>
    </message>
    <message>
        <source>Anonymise old records</source>
        <translation>Анонімізація давніх записів</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n client(s) with no activity since %1?</source>
        <translation>
            <numerusform>Анонімізувати %n клієнтку без активності з %1?</numerusform>
            <numerusform>Анонімізувати %n клієнтки без активності з %1?</numerusform>
            <numerusform>Анонімізувати %n клієнток без активності з %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation>&amp;Анонімізувати</translation>
    </message>
    <message>
        <source>This cannot be undone: the names and notes are gone for good (backups made before keep them until they are destroyed). Make a backup first if the centre needs one.</source>
        <translation>Цього не можна скасувати: імена й нотатки зникнуть назавжди (резервні копії, зроблені раніше, зберігають їх, доки їх не знищать). Якщо центру потрібна копія, спершу зробіть її.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) anonymised.</source>
        <translation>
            <numerusform>Анонімізовано %n клієнтку.</numerusform>
            <numerusform>Анонімізовано %n клієнтки.</numerusform>
            <numerusform>Анонімізовано %n клієнток.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: they had new activity since the preview.</source>
        <translation>
            <numerusform>%n пропущено: після попереднього перегляду з’явилася нова активність.</numerusform>
            <numerusform>%n пропущено: після попереднього перегляду з’явилася нова активність.</numerusform>
            <numerusform>%n пропущено: після попереднього перегляду з’явилася нова активність.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewsCard</name>
    <message>
        <source>Safety plans due for review</source>
        <translation>Плани безпеки, які слід переглянути</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Код клієнтки</translation>
    </message>
    <message>
        <source>Review was due</source>
        <translation>Термін перегляду</translation>
    </message>
    <message>
        <source>Overdue safety-plan reviews</source>
        <translation>Прострочені перегляди планів безпеки</translation>
    </message>
    <message>
        <source>No safety plan is overdue for review.</source>
        <translation>Немає планів безпеки з простроченим переглядом.</translation>
    </message>
    <message>
        <source>Click a row to open her card.</source>
        <translation>Клацніть рядок, щоб відкрити її картку.</translation>
    </message>
</context>
<context>
    <name>RiskTab</name>
    <message>
        <source>Violence disclosed</source>
        <translation>Повідомлене насильство</translation>
    </message>
    <message>
        <source>Record a &amp;disclosure…</source>
        <translation>Записати по&amp;відомлення…</translation>
    </message>
    <message>
        <source>Record the forms of violence she told about</source>
        <translation>Записати форми насильства, про які вона розповіла</translation>
    </message>
    <message>
        <source>Disclosed on</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Forms of violence</source>
        <translation>Форми насильства</translation>
    </message>
    <message>
        <source>Children witnessed</source>
        <translation>Діти були свідками</translation>
    </message>
    <message>
        <source>Children affected</source>
        <translation>Постраждалих дітей</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>Оцінки ризику</translation>
    </message>
    <message>
        <source>Go through the risk questionnaire with her</source>
        <translation>Пройти з нею опитувальник оцінки ризику</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Дата оцінки</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Рівень</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Бали</translation>
    </message>
    <message>
        <source>Danger signs present</source>
        <translation>Ознак небезпеки</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>План безпеки</translation>
    </message>
    <message>
        <source>Write a new p&amp;lan…</source>
        <translation>Новий п&amp;лан…</translation>
    </message>
    <message>
        <source>A changed plan or a new review date is saved as a new plan</source>
        <translation>Змінений план або нова дата перегляду зберігаються як новий план</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed…</source>
        <translation>П&amp;означити переглянутим…</translation>
    </message>
    <message>
        <source>Record that the plan was gone through with her and still holds</source>
        <translation>Записати, що план переглянуто разом із нею і він досі чинний</translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation>Складено:</translation>
    </message>
    <message>
        <source>Review by:</source>
        <translation>Переглянути до:</translation>
    </message>
    <message>
        <source>Go &amp;to Consents</source>
        <translation>Перейти до з&amp;год</translation>
    </message>
    <message>
        <source>Open the Consents tab of her card</source>
        <translation>Відкрити вкладку «Згоди» її картки</translation>
    </message>
    <message>
        <source>&amp;Risk and safety</source>
        <translation>&amp;Ризики й безпека</translation>
    </message>
    <message>
        <source>Her record is archived: restore it to record anything new here.</source>
        <translation>Її картка в архіві: щоб записати тут щось нове, поверніть її з архіву.</translation>
    </message>
    <message>
        <source>She has no valid consent to processing violence and health details today, so nothing can be recorded on this tab. Record her consent on the Consents tab first.</source>
        <translation>Сьогодні немає її чинної згоди на обробку відомостей про насильство та здоров’я, тому на цій вкладці нічого не можна записати. Спершу запишіть її згоду на вкладці «Згоди».</translation>
    </message>
    <message>
        <source>She has no valid consent to processing violence and health details today, so nothing can be recorded on this tab. A case worker records her consent on the Consents tab.</source>
        <translation>Сьогодні немає її чинної згоди на обробку відомостей про насильство та здоров’я, тому на цій вкладці нічого не можна записати. Її згоду записує фахівчиня із соціальної роботи на вкладці «Згоди».</translation>
    </message>
    <message numerus="yes">
        <source>%1 — the review is %n day(s) overdue</source>
        <translation>
            <numerusform>%1 — перегляд прострочено на %n день</numerusform>
            <numerusform>%1 — перегляд прострочено на %n дні</numerusform>
            <numerusform>%1 — перегляд прострочено на %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — the review is due today</source>
        <translation>%1 — переглянути сьогодні</translation>
    </message>
    <message numerus="yes">
        <source>%1 — the review is due in %n day(s)</source>
        <translation>
            <numerusform>%1 — переглянути через %n день</numerusform>
            <numerusform>%1 — переглянути через %n дні</numerusform>
            <numerusform>%1 — переглянути через %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a safety p&amp;lan…</source>
        <translation>Скласти п&amp;лан безпеки…</translation>
    </message>
    <message>
        <source>The disclosure was recorded.</source>
        <translation>Повідомлення про насильство записано.</translation>
    </message>
    <message>
        <source>The risk assessment was saved: level %1, score %2.</source>
        <translation>Оцінку ризику збережено: рівень — %1, бали — %2.</translation>
    </message>
    <message>
        <source>The safety plan was saved; review it by %1.</source>
        <translation>План безпеки збережено; перегляньте його до %1.</translation>
    </message>
    <message>
        <source>The safety plan is marked reviewed.</source>
        <translation>План безпеки позначено переглянутим.</translation>
    </message>
    <message>
        <source>no safety plan yet</source>
        <translation>плану безпеки ще немає</translation>
    </message>
    <message>
        <source>&amp;New risk assessment…</source>
        <translation>&amp;Нова оцінка ризику…</translation>
    </message>
    <message>
        <source>%1 (reviewed on %2)</source>
        <translation>%1 (переглянуто %2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>Зміна ролі</translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation>&amp;Змінити роль</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Обліковий запис:</translation>
    </message>
    <message>
        <source>New r&amp;ole:</source>
        <translation>Нова &amp;роль:</translation>
    </message>
    <message>
        <source>The role decides what she may see and do; it takes effect with her next action.</source>
        <translation>Роль визначає, що вона може бачити й робити; зміна діє з її наступної дії.</translation>
    </message>
    <message>
        <source>This is your own account: with another role you lose the Administration area at once.</source>
        <translation>Це ваш власний обліковий запис: з іншою роллю ви одразу втратите доступ до розділу «Адміністрування».</translation>
    </message>
</context>
<context>
    <name>RoomBox</name>
    <message>
        <source>%1 of %2 people</source>
        <translation>%1 з %2 осіб</translation>
    </message>
    <message>
        <source>Women and children in the room that night, of the %1 it can hold.</source>
        <translation>Жінки й діти в кімнаті цієї ночі; кімната вміщує %1 осіб.</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>Add a room</source>
        <translation>Додати кімнату</translation>
    </message>
    <message>
        <source>&amp;Add room</source>
        <translation>&amp;Додати кімнату</translation>
    </message>
    <message>
        <source>Rename room</source>
        <translation>Перейменування кімнати</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Перейменувати</translation>
    </message>
    <message>
        <source>Room capacity</source>
        <translation>Місткість кімнати</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>З&amp;берегти</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Кімната:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Holds (women and children):</source>
        <translation>&amp;Вміщує (жінок і дітей):</translation>
    </message>
    <message>
        <source>Children sleep in the room too, so count them as people.</source>
        <translation>Діти теж сплять у кімнаті, тож рахуйте і їх.</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>Participants and waiting list</source>
        <translation>Учасниці та список очікування</translation>
    </message>
    <message>
        <source>En&amp;rol a client…</source>
        <translation>Зап&amp;исати клієнтку…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Вибула…</translation>
    </message>
    <message>
        <source>Comp&amp;leted…</source>
        <translation>Завер&amp;шила курс…</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ПІБ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Відвідала</translation>
    </message>
    <message>
        <source>Enter or double-click opens her card.</source>
        <translation>Enter або подвійне клацання відкриває її картку.</translation>
    </message>
    <message>
        <source>%1, no. %2</source>
        <translation>%1, № %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>Places taken: %1 of %2 · free: %3 · on the waiting list: %4</source>
        <translation>Зайнято місць: %1 з %2 · вільно: %3 · у списку очікування: %4</translation>
    </message>
    <message>
        <source>%1 is on the waiting list, no. %2.</source>
        <translation>%1 у списку очікування, № %2.</translation>
    </message>
    <message>
        <source>%1 is enrolled.</source>
        <translation>%1 записано на курс.</translation>
    </message>
    <message>
        <source>%1 completed the course.</source>
        <translation>%1 завершила курс.</translation>
    </message>
    <message>
        <source>Take %1 off the waiting list?</source>
        <translation>Зняти %1 зі списку очікування?</translation>
    </message>
    <message>
        <source>Withdraw %1 from the course? The first woman on the waiting list moves into her place.</source>
        <translation>Позначити, що %1 вибула з курсу? Її місце займе перша жінка зі списку очікування.</translation>
    </message>
    <message>
        <source>Withdraw %1 from the course?</source>
        <translation>Позначити, що %1 вибула з курсу?</translation>
    </message>
    <message>
        <source>Withdraw from a course</source>
        <translation>Вибуття з курсу</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Вибула</translation>
    </message>
    <message>
        <source>%1 withdrew.</source>
        <translation>%1 вибула.</translation>
    </message>
    <message>
        <source>Moved in from the waiting list: %1.</source>
        <translation>Зі списку очікування місце отримала: %1.</translation>
    </message>
</context>
<context>
    <name>SafetyPlanDialog</name>
    <message>
        <source>Safety plan</source>
        <translation>План безпеки</translation>
    </message>
    <message>
        <source>&amp;Made on:</source>
        <translation>&amp;Складено:</translation>
    </message>
    <message>
        <source>&amp;Review by:</source>
        <translation>&amp;Переглянути до:</translation>
    </message>
    <message>
        <source>Where she can go at once, whom she calls, the code word, where her emergency bag is, how the children stay safe…</source>
        <translation>Куди вона може негайно піти, кому телефонує, кодове слово, де її тривожна валіза, як убезпечити дітей…</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>П&amp;лан:</translation>
    </message>
    <message>
        <source>Saving makes this her current plan; the earlier one stays in her record. Ctrl+S saves from inside the text.</source>
        <translation>Після збереження це її чинний план; попередній залишається в її картці. Ctrl+S зберігає, навіть коли курсор у тексті.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule an appointment</source>
        <translation>Призначення запису</translation>
    </message>
    <message>
        <source>&amp;Book appointment</source>
        <translation>&amp;Записати</translation>
    </message>
    <message>
        <source>The appointment is booked with you and appears in your day.</source>
        <translation>Запис призначається до вас і з’явиться в розділі «Мій день».</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>З&amp;берегти</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Закрити без збереження</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Нове заняття</translation>
    </message>
    <message>
        <source>Move or change a session</source>
        <translation>Перенести або змінити заняття</translation>
    </message>
    <message>
        <source>at</source>
        <translation>о</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Курс:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Дата й час:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Тривалість:</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>Т&amp;ема:</translation>
    </message>
    <message>
        <source>The course runs %1.</source>
        <translation>Курс триває %1.</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <source>Sessions</source>
        <translation>Заняття</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Дода&amp;ти…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Відвідування</translation>
    </message>
    <message>
        <source>No sessions planned yet.</source>
        <translation>Занять ще не заплановано.</translation>
    </message>
    <message>
        <source>&amp;Move or change…</source>
        <translation>Перене&amp;сти або змінити…</translation>
    </message>
    <message>
        <source>Rem&amp;ove…</source>
        <translation>Вида&amp;лити…</translation>
    </message>
    <message>
        <source>Attendance…</source>
        <translation>Відвідування…</translation>
    </message>
    <message>
        <source>Ta&amp;ke attendance…</source>
        <translation>В&amp;ідмітити присутніх…</translation>
    </message>
    <message>
        <source>Of the chosen session (Ctrl+T, or Enter)</source>
        <translation>Для обраного заняття (Ctrl+T або Enter)</translation>
    </message>
    <message>
        <source>%1 present</source>
        <translation>присутні: %1</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>заплановано</translation>
    </message>
    <message>
        <source>not taken yet</source>
        <translation>ще не відмічено</translation>
    </message>
    <message>
        <source>Remove a session</source>
        <translation>Видалення заняття</translation>
    </message>
    <message>
        <source>Remove the session of %1 at %2?</source>
        <translation>Видалити заняття %1 о %2?</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Вида&amp;лити</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <source>Centre settings</source>
        <translation>Налаштування центру</translation>
    </message>
    <message>
        <source>&amp;Warn before a stay ends (days):</source>
        <translation>Поп&amp;ереджати за скільки днів до кінця перебування:</translation>
    </message>
    <message>
        <source>Smallest count shown in reports (&amp;k):</source>
        <translation>Найменше число, яке показують звіти (&amp;k):</translation>
    </message>
    <message>
        <source>The head a&amp;pproves plans and closures</source>
        <translation>Керівниця п&amp;огоджує плани й закриття</translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation>Випадки:</translation>
    </message>
    <message>
        <source>In reports, counts from 1 to k−1 are hidden so that nobody can be recognised from a small number.</source>
        <translation>У звітах числа від 1 до k−1 приховано, щоб нікого не можна було впізнати за малим числом.</translation>
    </message>
    <message>
        <source>Save se&amp;ttings</source>
        <translation>Зберегти &amp;налаштування</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>На цьому комп’ютері</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Мова &amp;інтерфейсу:</translation>
    </message>
    <message>
        <source>The new language is used the next time Oberih starts.</source>
        <translation>Нова мова діятиме з наступного запуску «Оберегу».</translation>
    </message>
    <message>
        <source>Shelter rooms and beds</source>
        <translation>Кімнати й ліжка притулку</translation>
    </message>
    <message>
        <source>Room / bed</source>
        <translation>Кімната / ліжко</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Вміщує</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Add &amp;room…</source>
        <translation>Додати &amp;кімнату…</translation>
    </message>
    <message>
        <source>Rena&amp;me room…</source>
        <translation>Перей&amp;менувати кімнату…</translation>
    </message>
    <message>
        <source>Lock after inacti&amp;vity (minutes):</source>
        <translation>&amp;Блокувати після бездіяльності (хвилин):</translation>
    </message>
    <message>
        <source>A&amp;llowed stay in the shelter (days):</source>
        <translation>Дозволений &amp;строк перебування в притулку (днів):</translation>
    </message>
    <message>
        <source>E&amp;xtended stay, at most (days):</source>
        <translation>Подовжений строк, н&amp;айбільше (днів):</translation>
    </message>
    <message>
        <source>Anonymise after no activity &amp;for (years):</source>
        <translation>Анонімі&amp;зувати після бездіяльності (років):</translation>
    </message>
    <message>
        <source>Daily ba&amp;ckups kept:</source>
        <translation>Скільки &amp;щоденних копій зберігати:</translation>
    </message>
    <message>
        <source>&amp;Needs assessment due in (work days):</source>
        <translation>Оцінка потреб протягом (&amp;роб. днів):</translation>
    </message>
    <message>
        <source>Nobody until she types</source>
        <translation>Нікого, доки не введено пошук</translation>
    </message>
    <message>
        <source>Client codes only</source>
        <translation>Лише коди клієнток</translation>
    </message>
    <message>
        <source>Everyone&apos;s names</source>
        <translation>Імена всіх</translation>
    </message>
    <message>
        <source>The client list &amp;opens with:</source>
        <translation>Список клієнток спо&amp;чатку показує:</translation>
    </message>
    <message>
        <source>&amp;Her specialist and shelter staff</source>
        <translation>Її &amp;фахівчиня і персонал притулку</translation>
    </message>
    <message>
        <source>Her psychologist or lawyer sees her name on My day; shelter staff see it on the board. Everyone else sees client codes there.</source>
        <translation>Її психологиня чи юристка бачить її ім’я в «Мій день», персонал притулку — на дошці. Решта бачить там лише коди клієнток.</translation>
    </message>
    <message>
        <source>Names shown to:</source>
        <translation>Імена бачать:</translation>
    </message>
    <message>
        <source>Undo change&amp;s</source>
        <translation>Скасувати змін&amp;и</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Підрозділ:</translation>
    </message>
    <message>
        <source>Room capacit&amp;y…</source>
        <translation>Міс&amp;ткість кімнати…</translation>
    </message>
    <message>
        <source>Ad&amp;d bed…</source>
        <translation>Додати &amp;ліжко…</translation>
    </message>
    <message>
        <source>&amp;Bed out of use…</source>
        <translation>Вивести ліжко з &amp;ужитку…</translation>
    </message>
    <message>
        <source>Bed back in &amp;use</source>
        <translation>Повернути ліжко в у&amp;житок</translation>
    </message>
    <message>
        <source>A bed out of use keeps its history. Rooms cannot be removed: take their beds out of use instead.</source>
        <translation>Ліжко, виведене з ужитку, зберігає свою історію. Кімнати видалити не можна: натомість виведіть з ужитку їхні ліжка.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Нічого не змінено.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <source>Saved. The new language is used the next time Oberih starts.</source>
        <translation>Збережено. Нова мова діятиме з наступного запуску «Оберегу».</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n місце</numerusform>
            <numerusform>%n місця</numerusform>
            <numerusform>%n місць</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bed(s) in use</source>
        <translation>
            <numerusform>%n ліжко в ужитку</numerusform>
            <numerusform>%n ліжка в ужитку</numerusform>
            <numerusform>%n ліжок в ужитку</numerusform>
        </translation>
    </message>
    <message>
        <source>Bed %1</source>
        <translation>Ліжко %1</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>в ужитку</translation>
    </message>
    <message>
        <source>out of use</source>
        <translation>не використовується</translation>
    </message>
    <message>
        <source>Bed out of use</source>
        <translation>Виведення ліжка з ужитку</translation>
    </message>
    <message>
        <source>Take bed %1 in the room “%2” out of use? Nobody can be admitted to it until it is back in use; its history stays.</source>
        <translation>Вивести з ужитку ліжко %1 у кімнаті «%2»? Нікого не можна буде поселити на нього, доки його не повернуть в ужиток; його історія зберігається.</translation>
    </message>
    <message>
        <source>&amp;Take out of use</source>
        <translation>&amp;Вивести з ужитку</translation>
    </message>
</context>
<context>
    <name>ShelterCard</name>
    <message>
        <source>Shelter today</source>
        <translation>Притулок сьогодні</translation>
    </message>
    <message>
        <source>Free beds</source>
        <translation>Вільні ліжка</translation>
    </message>
    <message>
        <source>Beds taken</source>
        <translation>Зайняті ліжка</translation>
    </message>
    <message>
        <source>People staying</source>
        <translation>Проживає осіб</translation>
    </message>
    <message numerus="yes">
        <source>Leaving in the next %n day(s)</source>
        <translation>
            <numerusform>Виїзд протягом найближчого %n дня</numerusform>
            <numerusform>Виїзд протягом найближчих %n днів</numerusform>
            <numerusform>Виїзд протягом найближчих %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Код клієнтки</translation>
    </message>
    <message>
        <source>Planned departure</source>
        <translation>Запланований виїзд</translation>
    </message>
    <message>
        <source>Departures planned soon</source>
        <translation>Найближчі виїзди</translation>
    </message>
    <message>
        <source>No departure is planned for the next few days.</source>
        <translation>На найближчі дні виїздів не заплановано.</translation>
    </message>
    <message>
        <source>Stays near or over the allowed length</source>
        <translation>Строк перебування спливає або минув</translation>
    </message>
    <message>
        <source>Allowed until</source>
        <translation>Дозволено до</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>No stay is near its allowed length.</source>
        <translation>Жодне перебування не наближається до граничного строку.</translation>
    </message>
    <message>
        <source>Open the shelter &amp;board</source>
        <translation>В&amp;ідкрити дошку притулку</translation>
    </message>
    <message numerus="yes">
        <source>of %n bed(s)</source>
        <translation>
            <numerusform>з %n ліжка</numerusform>
            <numerusform>з %n ліжок</numerusform>
            <numerusform>з %n ліжок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>incl. %n child(ren)</source>
        <translation>
            <numerusform>з них %n дитина</numerusform>
            <numerusform>з них %n дитини</numerusform>
            <numerusform>з них %n дітей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over by %n day(s)</source>
        <translation>
            <numerusform>понад строк на %n день</numerusform>
            <numerusform>понад строк на %n дні</numerusform>
            <numerusform>понад строк на %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>last day today</source>
        <translation>сьогодні останній день</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>залишився %n день</numerusform>
            <numerusform>залишилося %n дні</numerusform>
            <numerusform>залишилося %n днів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShelterMonthCard</name>
    <message>
        <source>Shelter this month</source>
        <translation>Притулок цього місяця</translation>
    </message>
    <message>
        <source>Beds taken each night</source>
        <translation>Зайняті ліжка щоночі</translation>
    </message>
    <message>
        <source>Beds taken each night this month</source>
        <translation>Зайняті ліжка щоночі цього місяця</translation>
    </message>
    <message>
        <source>Bed-nights so far</source>
        <translation>Ліжко-дні з початку місяця</translation>
    </message>
    <message>
        <source>Average occupancy</source>
        <translation>Середня заповненість</translation>
    </message>
    <message numerus="yes">
        <source>%n bed(s)</source>
        <translation>
            <numerusform>%n ліжко</numerusform>
            <numerusform>%n ліжка</numerusform>
            <numerusform>%n ліжок</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>З %1 по %2</translation>
    </message>
    <message>
        <source>Fewest beds taken on a night: %1, most: %2, tonight: %3 of %4.</source>
        <translation>Найменше зайнятих ліжок за ніч: %1, найбільше: %2, цієї ночі: %3 з %4.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>ShelterPage</name>
    <message>
        <source>&amp;Board</source>
        <translation>До&amp;шка</translation>
    </message>
    <message>
        <source>Near the &amp;limit</source>
        <translation>&amp;Близько до строку</translation>
    </message>
    <message>
        <source>&amp;Turn-aways</source>
        <translation>&amp;Відмови</translation>
    </message>
    <message>
        <source>&amp;Selected bed</source>
        <translation>В&amp;ибране ліжко</translation>
    </message>
    <message>
        <source>&amp;Waiting list</source>
        <translation>Список &amp;очікування</translation>
    </message>
    <message>
        <source>Beds taken in %1 %2</source>
        <translation>Зайняті ліжка: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n bed-night(s) so far this month.</source>
        <translation>
            <numerusform>%n ліжко-ніч за цей місяць досі.</numerusform>
            <numerusform>%n ліжко-ночі за цей місяць досі.</numerusform>
            <numerusform>%n ліжко-ночей за цей місяць досі.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Waiting list (%1)</source>
        <translation>Список &amp;очікування (%1)</translation>
    </message>
    <message>
        <source>Near the &amp;limit (%1)</source>
        <translation>&amp;Близько до строку (%1)</translation>
    </message>
    <message>
        <source>Booked: %1 arrives on %2; her bed shows from that night.</source>
        <translation>Заброньовано: %1 прибуває %2; її ліжко видно на дошці з тієї ночі.</translation>
    </message>
    <message>
        <source>She has no bed in the shelter now.</source>
        <translation>Зараз у неї немає ліжка в притулку.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Search the clients; in other areas, go into the area</source>
        <translation>Пошук клієнток; в інших розділах — перейти до вмісту розділу</translation>
    </message>
    <message>
        <source>New in the area: client, consultation, course, event, admission, account</source>
        <translation>Нове в розділі: клієнтка, консультація, курс, захід, поселення, обліковий запис</translation>
    </message>
    <message>
        <source>Book a consultation; enrol a participant in the course</source>
        <translation>Призначити консультацію; записати учасницю на курс</translation>
    </message>
    <message>
        <source>Edit the client&apos;s record or the course</source>
        <translation>Редагувати картку клієнтки або курс</translation>
    </message>
    <message>
        <source>Take attendance of the course&apos;s session</source>
        <translation>Відмітити присутніх на занятті курсу</translation>
    </message>
    <message>
        <source>From the search to the results</source>
        <translation>Від пошуку до результатів</translation>
    </message>
    <message>
        <source>Open the chosen row</source>
        <translation>Відкрити вибраний рядок</translation>
    </message>
    <message>
        <source>Back from a client&apos;s card to the list</source>
        <translation>Назад від картки клієнтки до списку</translation>
    </message>
    <message>
        <source>Previous or next day</source>
        <translation>Попередній або наступний день</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Наступна вкладка</translation>
    </message>
    <message>
        <source>Save the open form</source>
        <translation>Зберегти відкриту форму</translation>
    </message>
    <message>
        <source>Refresh the overview</source>
        <translation>Оновити огляд</translation>
    </message>
    <message>
        <source>Lock the program</source>
        <translation>Заблокувати програму</translation>
    </message>
    <message>
        <source>Quick exit: hide every window at once</source>
        <translation>Швидкий вихід: одразу сховати всі вікна</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Цей перелік</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Клавіші швидкого доступу</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>Перейти до: %1</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Що роблять</translation>
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
        <source>Records on the centre&apos;s server %1.</source>
        <translation>Записи на сервері центру %1.</translation>
    </message>
    <message>
        <source>Records on this computer (encrypted file).</source>
        <translation>Записи на цьому комп’ютері (зашифрований файл).</translation>
    </message>
    <message>
        <source>Co&amp;nnection…</source>
        <translation>Під&amp;ключення…</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Введіть ім’я користувача.</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>e.g. shelter-2</source>
        <translation>напр. притулок-2</translation>
    </message>
    <message>
        <source>Add a site</source>
        <translation>Додати підрозділ</translation>
    </message>
    <message>
        <source>&amp;Add site</source>
        <translation>&amp;Додати підрозділ</translation>
    </message>
    <message>
        <source>Edit site</source>
        <translation>Змінити підрозділ</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Code (for reports):</source>
        <translation>&amp;Код (для звітів):</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Адреса:</translation>
    </message>
    <message>
        <source>A shelter&apos;s address is shown only to staff who work with the stays. The code names the site on the command line (report --site).</source>
        <translation>Адресу притулку бачать лише працівники, які ведуть поселення. За кодом звіт підрозділу можна отримати з командного рядка.</translation>
    </message>
</context>
<context>
    <name>SitesSection</name>
    <message>
        <source>The centre and the shelters at other addresses. Rooms, beds, courses and events belong to a site; the shelter board shows one site at a time.</source>
        <translation>Центр і притулки за іншими адресами. Кімнати, ліжка, курси й заходи належать підрозділу; дошка притулку показує один підрозділ за раз.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Підрозділ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>&amp;New site…</source>
        <translation>&amp;Новий підрозділ…</translation>
    </message>
    <message>
        <source>Ed&amp;it site…</source>
        <translation>&amp;Змінити підрозділ…</translation>
    </message>
    <message>
        <source>&amp;Close site</source>
        <translation>За&amp;крити підрозділ</translation>
    </message>
    <message>
        <source>&amp;Reopen site</source>
        <translation>&amp;Відкрити знову</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>діє</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закритий</translation>
    </message>
</context>
<context>
    <name>SlotOffer</name>
    <message>
        <source>The booking is marked held with what you fill in here, so that her record has one consultation, not a held one and a booked one.</source>
        <translation>Запис буде позначено проведеним із тим, що ви тут заповните: у її справі буде одна консультація, а не проведена поруч із запланованою.</translation>
    </message>
    <message>
        <source>Record it as her &amp;booked appointment of %1 (no second record)</source>
        <translation>Це її &amp;запис на %1: позначити його проведеним (без другого запису)</translation>
    </message>
</context>
<context>
    <name>StaysTab</name>
    <message>
        <source>&amp;Shelter stays</source>
        <translation>При&amp;тулок</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>Поселено</translation>
    </message>
    <message>
        <source>Allowed until</source>
        <translation>Дозволено до</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Вибула</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Ночей</translation>
    </message>
    <message>
        <source>Room and bed</source>
        <translation>Кімната й ліжко</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Діти</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Хто направив</translation>
    </message>
    <message>
        <source>Went to</source>
        <translation>Куди вибула</translation>
    </message>
    <message>
        <source>%1 (extended)</source>
        <translation>%1 (продовжено)</translation>
    </message>
    <message>
        <source>staying</source>
        <translation>перебуває</translation>
    </message>
    <message>
        <source>Extended on %1 until %2</source>
        <translation>%1 продовжено до %2</translation>
    </message>
    <message>
        <source>No stays in the shelter.</source>
        <translation>Перебувань у притулку не було.</translation>
    </message>
</context>
<context>
    <name>SummaryPreview</name>
    <message>
        <source>The settings have changed since this preview was made: press Preview tables to see what an export would now contain.</source>
        <translation>Параметри змінилися після цього перегляду: натисніть «Переглянути таблиці», щоб побачити, що тепер міститиме експорт.</translation>
    </message>
    <message>
        <source>Choose a period and press Preview tables (F5) to see the anonymised tables exactly as an export would contain them. Nothing leaves this computer until you export a file.</source>
        <translation>Оберіть період і натисніть «Переглянути таблиці» (F5), щоб побачити знеособлені таблиці саме такими, якими їх міститиме експорт. Поки ви не експортуєте файл, ніщо не залишає цей комп’ютер.</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Case team</source>
        <translation>Команда випадку</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Команда:</translation>
    </message>
</context>
<context>
    <name>TrainerWeekCard</name>
    <message>
        <source>My courses this week</source>
        <translation>Мої курси цього тижня</translation>
    </message>
    <message>
        <source>My courses running</source>
        <translation>Моїх курсів триває</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Занять цього тижня</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Заходи</translation>
    </message>
    <message>
        <source>Sessions of my courses</source>
        <translation>Заняття моїх курсів</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Places taken</source>
        <translation>Зайнято місць</translation>
    </message>
    <message>
        <source>Sessions of my courses this week</source>
        <translation>Заняття моїх курсів цього тижня</translation>
    </message>
    <message>
        <source>No session of your courses this week.</source>
        <translation>Цього тижня занять ваших курсів немає.</translation>
    </message>
    <message>
        <source>Events this week</source>
        <translation>Заходи цього тижня</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Захід</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>No event this week.</source>
        <translation>Цього тижня заходів немає.</translation>
    </message>
    <message>
        <source>Open &amp;courses and events</source>
        <translation>Відкрити &amp;курси та заходи</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>З %1 по %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n waiting)</source>
        <translation>
            <numerusform>(%n чекає)</numerusform>
            <numerusform>(%n чекають)</numerusform>
            <numerusform>(%n чекають)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TurnAwayDialog</name>
    <message>
        <source>Record a turn-away</source>
        <translation>Відмова в поселенні</translation>
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation>&amp;Записати</translation>
    </message>
    <message>
        <source>A woman the shelter could not take. The count goes into the anonymised reports as unmet demand.</source>
        <translation>Жінка, яку притулок не зміг прийняти. Кількість потрапляє до знеособлених звітів як незадоволена потреба.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Оберіть…</translation>
    </message>
    <message>
        <source>C&amp;hildren with her:</source>
        <translation>Ді&amp;ти з нею:</translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation>&amp;Хто направив:</translation>
    </message>
    <message>
        <source>C&amp;lient (optional):</source>
        <translation>&amp;Клієнтка (необов’язково):</translation>
    </message>
    <message>
        <source>Leave the client empty to record her anonymously.</source>
        <translation>Залиште поле клієнтки порожнім, щоб записати анонімно.</translation>
    </message>
    <message>
        <source>Choose her from the list, or leave the field empty.</source>
        <translation>Оберіть її зі списку або залиште поле порожнім.</translation>
    </message>
</context>
<context>
    <name>TurnAwaysTab</name>
    <message>
        <source>&amp;From:</source>
        <translation>П&amp;еріод з:</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation>д&amp;о:</translation>
    </message>
    <message>
        <source>&amp;Record a turn-away…</source>
        <translation>&amp;Записати відмову…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Діти</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Хто направив</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнтка</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>анонімно</translation>
    </message>
    <message numerus="yes">
        <source>%n turn-away(s) in this period</source>
        <translation>
            <numerusform>%n відмова за цей період</numerusform>
            <numerusform>%n відмови за цей період</numerusform>
            <numerusform>%n відмов за цей період</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n child(ren)</source>
        <translation>
            <numerusform>з %n дитиною</numerusform>
            <numerusform>з %n дітьми</numerusform>
            <numerusform>з %n дітьми</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViolationDialog</name>
    <message>
        <source>Record a violation of the order</source>
        <translation>Записати порушення припису</translation>
    </message>
    <message>
        <source>&amp;Happened on:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Reported to the police</source>
        <translation>&amp;Повідомлено поліцію</translation>
    </message>
</context>
<context>
    <name>ViolenceCard</name>
    <message>
        <source>Notifications and protection orders</source>
        <translation>Повідомлення та приписи</translation>
    </message>
    <message>
        <source>Notifications not yet made</source>
        <translation>Ще не зроблені повідомлення</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Код клієнтки</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Every notification is made.</source>
        <translation>Усі повідомлення зроблено.</translation>
    </message>
    <message>
        <source>Protection orders ending within 3 days</source>
        <translation>Приписи, що спливають протягом 3 днів</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Припис</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Спливає</translation>
    </message>
    <message>
        <source>Protection orders ending soon</source>
        <translation>Приписи, що скоро спливають</translation>
    </message>
    <message>
        <source>No protection order ends within 3 days.</source>
        <translation>Жоден припис не спливає протягом 3 днів.</translation>
    </message>
    <message>
        <source>Click a row to open her card.</source>
        <translation>Клацніть рядок, щоб відкрити її картку.</translation>
    </message>
    <message>
        <source>&amp;Journal of appeals…</source>
        <translation>&amp;Журнал звернень…</translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s) OVERDUE: the law asks for them within 24 hours.</source>
        <translation>
            <numerusform>%n повідомлення ПРОСТРОЧЕНО: закон вимагає їх протягом 24 годин.</numerusform>
            <numerusform>%n повідомлення ПРОСТРОЧЕНО: закон вимагає їх протягом 24 годин.</numerusform>
            <numerusform>%n повідомлень ПРОСТРОЧЕНО: закон вимагає їх протягом 24 годин.</numerusform>
        </translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Строк: %1</translation>
    </message>
    <message>
        <source>OVERDUE by %1 h %2 min</source>
        <translation>ПРОСТРОЧЕНО на %1 год %2 хв</translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>через %1 год %2 хв</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сьогодні</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дні</numerusform>
            <numerusform>через %n днів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViolenceTab</name>
    <message>
        <source>Record an &amp;incident…</source>
        <translation>&amp;Записати випадок…</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Випадки насильства</translation>
    </message>
    <message>
        <source>Disclosed on</source>
        <translation>Дата розповіді</translation>
    </message>
    <message>
        <source>Forms of violence</source>
        <translation>Форми насильства</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Контекст</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Діти</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Поліція</translation>
    </message>
    <message>
        <source>Add an alleged &amp;perpetrator…</source>
        <translation>Додати імовірного &amp;кривдника…</translation>
    </message>
    <message>
        <source>&amp;Correct the description…</source>
        <translation>В&amp;иправити опис…</translation>
    </message>
    <message>
        <source>Alleged perpetrators</source>
        <translation>Імовірні кривдники</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Ким доводиться</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Вік</translation>
    </message>
    <message>
        <source>Lives with her</source>
        <translation>Проживає з нею</translation>
    </message>
    <message>
        <source>Weapons</source>
        <translation>Зброя</translation>
    </message>
    <message>
        <source>Earlier violence</source>
        <translation>Насильство раніше</translation>
    </message>
    <message>
        <source>Alcohol, drugs</source>
        <translation>Алкоголь, наркотики</translation>
    </message>
    <message>
        <source>Orders in force</source>
        <translation>Чинні приписи</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Record an &amp;order…</source>
        <translation>Записа&amp;ти припис…</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>Продо&amp;вжити…</translation>
    </message>
    <message>
        <source>Vio&amp;lation…</source>
        <translation>По&amp;рушення…</translation>
    </message>
    <message>
        <source>Protection orders</source>
        <translation>Приписи</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Винесено</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Діє</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ким винесено</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Продовження</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Порушення</translation>
    </message>
    <message>
        <source>Notification &amp;made…</source>
        <translation>Пов&amp;ідомлення зроблено…</translation>
    </message>
    <message>
        <source>Notifications (due 24 hours after the appeal)</source>
        <translation>Повідомлення (строк — 24 години від звернення)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Строк до</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Зроблено</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Як</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>&amp;Violence</source>
        <translation>На&amp;сильство</translation>
    </message>
    <message>
        <source>Her record is archived: restore it to record anything new here.</source>
        <translation>Її запис в архіві: відновіть його, щоб записати тут щось нове.</translation>
    </message>
    <message>
        <source>She has no valid consent to processing violence and health details today, so nothing new can be recorded here; notifications can still be marked made. Record her consent on the Consents tab first.</source>
        <translation>Сьогодні вона не має чинної згоди на обробку відомостей про насильство і здоров’я, тож нічого нового тут записати не можна; позначати зроблені повідомлення можна. Спершу запишіть її згоду на вкладці «Згоди».</translation>
    </message>
    <message>
        <source>witnessed</source>
        <translation>свідки</translation>
    </message>
    <message>
        <source>harmed</source>
        <translation>постраждали</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (лишився %n день)</numerusform>
            <numerusform>%1 (лишилося %n дні)</numerusform>
            <numerusform>%1 (лишилося %n днів)</numerusform>
        </translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ПРОСТРОЧЕНО</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ще ні</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (із запізненням)</translation>
    </message>
    <message>
        <source>The incident was recorded.</source>
        <translation>Випадок записано.</translation>
    </message>
    <message>
        <source>The alleged perpetrator was added.</source>
        <translation>Імовірного кривдника додано.</translation>
    </message>
    <message>
        <source>The description was saved.</source>
        <translation>Опис збережено.</translation>
    </message>
    <message>
        <source>The protection order was recorded.</source>
        <translation>Припис записано.</translation>
    </message>
    <message>
        <source>The order was extended.</source>
        <translation>Припис продовжено.</translation>
    </message>
    <message>
        <source>The violation was recorded.</source>
        <translation>Порушення записано.</translation>
    </message>
    <message>
        <source>The notification was recorded.</source>
        <translation>Повідомлення записано.</translation>
    </message>
</context>
<context>
    <name>WaitingListDialog</name>
    <message>
        <source>Add to the waiting list</source>
        <translation>Додавання до списку очікування</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Клієнтка:</translation>
    </message>
    <message>
        <source>She as&amp;ked on:</source>
        <translation>&amp;Звернулася:</translation>
    </message>
    <message>
        <source>C&amp;hildren with her:</source>
        <translation>Ді&amp;ти з нею:</translation>
    </message>
    <message>
        <source>Choose her from the list: type part of her name or code.</source>
        <translation>Оберіть її зі списку: введіть частину імені чи коду.</translation>
    </message>
</context>
<context>
    <name>WaitingPanel</name>
    <message>
        <source>Client</source>
        <translation>Клієнтка</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Чекає з</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Діти</translation>
    </message>
    <message>
        <source>Drag a row onto a free bed to admit her.</source>
        <translation>Перетягніть рядок на вільне ліжко, щоб поселити її.</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Дода&amp;ти…</translation>
    </message>
    <message>
        <source>Admit &amp;her…</source>
        <translation>Поселити &amp;її…</translation>
    </message>
    <message>
        <source>Ta&amp;ke off the list…</source>
        <translation>Зн&amp;яти зі списку очікування…</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Відкликання згоди</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Згода:</translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation>Надано:</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation>Дата &amp;відкликання:</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Take off the waiting list</source>
        <translation>Зняття зі списку очікування</translation>
    </message>
    <message>
        <source>&amp;Take off the list</source>
        <translation>&amp;Зняти зі списку очікування</translation>
    </message>
    <message>
        <source>%1 has been waiting since %2. Take her off the list when she no longer needs the place (found one elsewhere, cannot be reached).</source>
        <translation>%1 чекає з %2. Зніміть її зі списку очікування, коли місце їй уже не потрібне (знайшла інше, не виходить на зв’язок).</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Дата:</translation>
    </message>
</context>
<context>
    <name>_ClientDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>З&amp;берегти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>_ConsentDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>З&amp;берегти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Введіть дату.</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>_StayDialog</name>
    <message>
        <source>Client %1: admitted %2, allowed until %3.</source>
        <translation>Клієнтка %1: поселена %2, дозволено до %3.</translation>
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
    <name>admin</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>aims</name>
    <message>
        <source>Gender culture</source>
        <translation>Ґендерна культура</translation>
    </message>
    <message>
        <source>Overcoming stereotypes</source>
        <translation>Подолання стереотипів</translation>
    </message>
    <message>
        <source>Non-discrimination</source>
        <translation>Недискримінація</translation>
    </message>
    <message>
        <source>Responsible parenthood</source>
        <translation>Відповідальне батьківство</translation>
    </message>
    <message>
        <source>16 days against violence campaign</source>
        <translation>Кампанія «16 днів проти насильства»</translation>
    </message>
    <message>
        <source>Economic empowerment</source>
        <translation>Економічне розширення можливостей</translation>
    </message>
    <message>
        <source>Preventing violence</source>
        <translation>Запобігання насильству</translation>
    </message>
    <message>
        <source>Legal literacy</source>
        <translation>Правова грамотність</translation>
    </message>
    <message>
        <source>Digital skills</source>
        <translation>Цифрові навички</translation>
    </message>
    <message>
        <source>Aim not stated</source>
        <translation>Мету не зазначено</translation>
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
        <source>My cases</source>
        <translation>Мої випадки</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Адміністрування</translation>
    </message>
    <message>
        <source>Anonymous contacts</source>
        <translation>Анонімні звернення</translation>
    </message>
</context>
<context>
    <name>assessment_pdf</name>
    <message>
        <source>Needs assessment</source>
        <translation>Оцінка потреб</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнтка</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Випадок №</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Дата оцінки</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Оцінку провела</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Наступний перегляд</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Сфера</translation>
    </message>
    <message>
        <source>Level of need</source>
        <translation>Рівень потреби</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>Her children&apos;s needs</source>
        <translation>Потреби її дітей</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Дитина</translation>
    </message>
    <message>
        <source>name not recorded</source>
        <translation>ім’я не записане</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>вік %1</translation>
    </message>
    <message>
        <source>Signature of the case worker: ____________________</source>
        <translation>Підпис фахівчині: ____________________</translation>
    </message>
</context>
<context>
    <name>audit_log</name>
    <message>
        <source>Account created</source>
        <translation>Обліковий запис створено</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>Обліковий запис вимкнено</translation>
    </message>
    <message>
        <source>Account reactivated</source>
        <translation>Обліковий запис знову ввімкнено</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Роль змінено</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Пароль скинуто</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Власний пароль змінено</translation>
    </message>
    <message>
        <source>Own password change refused</source>
        <translation>Зміну власного пароля відхилено</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Вхід</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Вихід</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Невдала спроба входу</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Вхід відхилено</translation>
    </message>
    <message>
        <source>Signed in with the recovery code</source>
        <translation>Вхід за кодом відновлення</translation>
    </message>
    <message>
        <source>Action not allowed for the role</source>
        <translation>Дія, не дозволена для ролі</translation>
    </message>
    <message>
        <source>Database created</source>
        <translation>Базу даних створено</translation>
    </message>
    <message>
        <source>Audit log viewed</source>
        <translation>Переглянуто журнал аудиту</translation>
    </message>
    <message>
        <source>Integrity checked</source>
        <translation>Перевірено цілісність</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Зроблено резервну копію</translation>
    </message>
    <message>
        <source>Data key rotated</source>
        <translation>Ключ даних замінено</translation>
    </message>
    <message>
        <source>Key slot written for an account</source>
        <translation>Записано ключовий слот облікового запису</translation>
    </message>
    <message>
        <source>Compartment key given to a colleague&apos;s slot</source>
        <translation>Ключ доступу до захищених даних передано колезі</translation>
    </message>
    <message>
        <source>Role signing established (upgrade)</source>
        <translation>Запроваджено підпис ролей (оновлення)</translation>
    </message>
    <message>
        <source>Audit log head missing, older or foreign</source>
        <translation>Голова журналу аудиту відсутня, старіша або чужа</translation>
    </message>
    <message>
        <source>Audit log accepted as it is by an administrator</source>
        <translation>Адміністраторка прийняла журнал аудиту як є</translation>
    </message>
    <message>
        <source>Recovery code replaced</source>
        <translation>Код відновлення замінено</translation>
    </message>
    <message>
        <source>New recovery code made (awaiting confirmation)</source>
        <translation>Створено новий код відновлення (очікує підтвердження)</translation>
    </message>
    <message>
        <source>Computer clock moved back</source>
        <translation>Годинник комп&apos;ютера переведено назад</translation>
    </message>
    <message>
        <source>Sign-in attempt counter deleted or altered</source>
        <translation>Лічильник спроб входу видалено або змінено</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Налаштування змінено</translation>
    </message>
    <message>
        <source>Old records anonymised</source>
        <translation>Давні записи анонімізовано</translation>
    </message>
    <message>
        <source>Demo data generated</source>
        <translation>Створено демонстраційні дані</translation>
    </message>
    <message>
        <source>Client registered</source>
        <translation>Клієнтку зареєстровано</translation>
    </message>
    <message>
        <source>Client details changed</source>
        <translation>Дані клієнтки змінено</translation>
    </message>
    <message>
        <source>Client card viewed</source>
        <translation>Переглянуто картку клієнтки</translation>
    </message>
    <message>
        <source>Page of the client list or a search viewed</source>
        <translation>Переглянуто сторінку списку клієнток або пошуку</translation>
    </message>
    <message>
        <source>Client history viewed</source>
        <translation>Переглянуто історію клієнтки</translation>
    </message>
    <message>
        <source>Client archived</source>
        <translation>Клієнтку перенесено в архів</translation>
    </message>
    <message>
        <source>Client restored from archive</source>
        <translation>Клієнтку повернуто з архіву</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Згоду записано</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Згоду відкликано</translation>
    </message>
    <message>
        <source>Disclosure recorded</source>
        <translation>Розкриття записано</translation>
    </message>
    <message>
        <source>Risk assessed</source>
        <translation>Ризик оцінено</translation>
    </message>
    <message>
        <source>Risk assessment viewed</source>
        <translation>Переглянуто оцінку ризику</translation>
    </message>
    <message>
        <source>Safety plan viewed</source>
        <translation>Переглянуто план безпеки</translation>
    </message>
    <message>
        <source>Safety plan saved</source>
        <translation>План безпеки збережено</translation>
    </message>
    <message>
        <source>Safety plan reviewed</source>
        <translation>План безпеки переглянуто й підтверджено</translation>
    </message>
    <message>
        <source>Consultation scheduled</source>
        <translation>Консультацію заплановано</translation>
    </message>
    <message>
        <source>Consultation recorded</source>
        <translation>Консультацію записано</translation>
    </message>
    <message>
        <source>Consultation held</source>
        <translation>Консультація відбулася</translation>
    </message>
    <message>
        <source>Consultation missed</source>
        <translation>Консультацію пропущено</translation>
    </message>
    <message>
        <source>Consultation cancelled</source>
        <translation>Консультацію скасовано</translation>
    </message>
    <message>
        <source>Consultation notes viewed</source>
        <translation>Переглянуто нотатки консультації</translation>
    </message>
    <message>
        <source>Course created</source>
        <translation>Курс створено</translation>
    </message>
    <message>
        <source>Course changed</source>
        <translation>Курс змінено</translation>
    </message>
    <message>
        <source>Course archived</source>
        <translation>Курс перенесено в архів</translation>
    </message>
    <message>
        <source>Course restored</source>
        <translation>Курс повернуто з архіву</translation>
    </message>
    <message>
        <source>Course session added</source>
        <translation>Заняття курсу додано</translation>
    </message>
    <message>
        <source>Course session changed</source>
        <translation>Заняття курсу змінено</translation>
    </message>
    <message>
        <source>Course session removed</source>
        <translation>Заняття курсу вилучено</translation>
    </message>
    <message>
        <source>Enrolled in a course</source>
        <translation>Записано на курс</translation>
    </message>
    <message>
        <source>Moved in from the waiting list</source>
        <translation>Переведено зі списку очікування</translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation>Завершення курсу</translation>
    </message>
    <message>
        <source>Withdrawn from a course</source>
        <translation>Знято з курсу</translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation>Відвідування записано</translation>
    </message>
    <message>
        <source>Event recorded</source>
        <translation>Захід записано</translation>
    </message>
    <message>
        <source>Event changed</source>
        <translation>Захід змінено</translation>
    </message>
    <message>
        <source>Event deleted</source>
        <translation>Захід видалено</translation>
    </message>
    <message>
        <source>Partner added</source>
        <translation>Партнера додано</translation>
    </message>
    <message>
        <source>Partner changed</source>
        <translation>Партнера змінено</translation>
    </message>
    <message>
        <source>Partner deactivated</source>
        <translation>Партнера вимкнено</translation>
    </message>
    <message>
        <source>Partner reactivated</source>
        <translation>Партнера знову ввімкнено</translation>
    </message>
    <message>
        <source>Site added</source>
        <translation>Підрозділ додано</translation>
    </message>
    <message>
        <source>Site changed</source>
        <translation>Підрозділ змінено</translation>
    </message>
    <message>
        <source>Site closed</source>
        <translation>Підрозділ закрито</translation>
    </message>
    <message>
        <source>Site reopened</source>
        <translation>Підрозділ знову відкрито</translation>
    </message>
    <message>
        <source>Database moved to the server</source>
        <translation>Базу даних перенесено на сервер</translation>
    </message>
    <message>
        <source>Referral recorded</source>
        <translation>Направлення записано</translation>
    </message>
    <message>
        <source>Referral outcome changed</source>
        <translation>Результат направлення змінено</translation>
    </message>
    <message>
        <source>Admitted to the shelter</source>
        <translation>Поселено в притулок</translation>
    </message>
    <message>
        <source>Stay extended</source>
        <translation>Перебування подовжено</translation>
    </message>
    <message>
        <source>Moved to another bed</source>
        <translation>Переведено на інше ліжко</translation>
    </message>
    <message>
        <source>Discharged from the shelter</source>
        <translation>Виселено з притулку</translation>
    </message>
    <message>
        <source>Admission cancelled</source>
        <translation>Поселення скасовано</translation>
    </message>
    <message>
        <source>Planned departure set</source>
        <translation>Заплановано дату вибуття</translation>
    </message>
    <message>
        <source>Added to the shelter waiting list</source>
        <translation>Додано до списку очікування в притулок</translation>
    </message>
    <message>
        <source>Taken off the waiting list</source>
        <translation>Знято зі списку очікування</translation>
    </message>
    <message>
        <source>Turn-away recorded</source>
        <translation>Записано відмову в поселенні</translation>
    </message>
    <message>
        <source>Room added</source>
        <translation>Кімнату додано</translation>
    </message>
    <message>
        <source>Room renamed</source>
        <translation>Кімнату перейменовано</translation>
    </message>
    <message>
        <source>Room capacity changed</source>
        <translation>Місткість кімнати змінено</translation>
    </message>
    <message>
        <source>Bed added</source>
        <translation>Ліжко додано</translation>
    </message>
    <message>
        <source>Bed taken out of use</source>
        <translation>Ліжко виведено з ужитку</translation>
    </message>
    <message>
        <source>Bed back in use</source>
        <translation>Ліжко повернуто в ужиток</translation>
    </message>
    <message>
        <source>Anonymised summary exported</source>
        <translation>Знеособлений звіт експортовано</translation>
    </message>
    <message>
        <source>Summary previewed</source>
        <translation>Звіт переглянуто</translation>
    </message>
    <message>
        <source>Journal of appeals exported</source>
        <translation>Журнал звернень експортовано</translation>
    </message>
    <message>
        <source>Speed-test data generated</source>
        <translation>Дані для вимірювання швидкості створено</translation>
    </message>
    <message>
        <source>Demo cases generated</source>
        <translation>Демонстраційні випадки створено</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Випадок відкрито</translation>
    </message>
    <message>
        <source>Needs assessed</source>
        <translation>Оцінку потреб проведено</translation>
    </message>
    <message>
        <source>Needs assessment printed</source>
        <translation>Оцінку потреб надруковано</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Випадок закрито</translation>
    </message>
    <message>
        <source>Case closure rejected</source>
        <translation>Закриття випадку відхилено</translation>
    </message>
    <message>
        <source>Case closure requested</source>
        <translation>Закриття випадку подано на погодження</translation>
    </message>
    <message>
        <source>Next contact planned</source>
        <translation>Наступний контакт заплановано</translation>
    </message>
    <message>
        <source>Next contact moved</source>
        <translation>Наступний контакт перенесено</translation>
    </message>
    <message>
        <source>Next contact reopened</source>
        <translation>Наступний контакт відновлено</translation>
    </message>
    <message>
        <source>Next contact held</source>
        <translation>Наступний контакт відбувся</translation>
    </message>
    <message>
        <source>Next contact dropped</source>
        <translation>Наступний контакт скасовано</translation>
    </message>
    <message>
        <source>Case note added</source>
        <translation>Нотатку до випадку додано</translation>
    </message>
    <message>
        <source>Individual plan approved</source>
        <translation>Індивідуальний план погоджено</translation>
    </message>
    <message>
        <source>Individual plan changed</source>
        <translation>Індивідуальний план змінено</translation>
    </message>
    <message>
        <source>Case reassigned</source>
        <translation>Випадок передано</translation>
    </message>
    <message>
        <source>Case reopened</source>
        <translation>Випадок відновлено</translation>
    </message>
    <message>
        <source>Service recorded</source>
        <translation>Послугу записано</translation>
    </message>
    <message>
        <source>Case state changed</source>
        <translation>Стан випадку змінено</translation>
    </message>
    <message>
        <source>Case team set</source>
        <translation>Команду випадку визначено</translation>
    </message>
    <message>
        <source>Child added</source>
        <translation>Дитину додано</translation>
    </message>
    <message>
        <source>Child&apos;s details changed</source>
        <translation>Дані дитини змінено</translation>
    </message>
    <message>
        <source>Session with a child recorded</source>
        <translation>Сеанс із дитиною записано</translation>
    </message>
    <message>
        <source>Anonymous contact linked to a client</source>
        <translation>Анонімне звернення пов’язано з клієнткою</translation>
    </message>
    <message>
        <source>Anonymous contact recorded</source>
        <translation>Анонімне звернення записано</translation>
    </message>
    <message>
        <source>Trainer assigned to a course</source>
        <translation>Тренерку призначено на курс</translation>
    </message>
    <message>
        <source>Alleged perpetrator linked to an incident</source>
        <translation>Імовірного кривдника пов’язано з випадком насильства</translation>
    </message>
    <message>
        <source>Incident of violence recorded</source>
        <translation>Випадок насильства записано</translation>
    </message>
    <message>
        <source>Incidents viewed</source>
        <translation>Випадки насильства переглянуто</translation>
    </message>
    <message>
        <source>Notification made</source>
        <translation>Повідомлення зроблено</translation>
    </message>
    <message>
        <source>Notifications viewed</source>
        <translation>Повідомлення переглянуто</translation>
    </message>
    <message>
        <source>Protection order extended</source>
        <translation>Припис продовжено</translation>
    </message>
    <message>
        <source>Protection order recorded</source>
        <translation>Припис записано</translation>
    </message>
    <message>
        <source>Order violation recorded</source>
        <translation>Порушення припису записано</translation>
    </message>
    <message>
        <source>Protection orders viewed</source>
        <translation>Приписи переглянуто</translation>
    </message>
    <message>
        <source>Alleged perpetrator recorded</source>
        <translation>Імовірного кривдника записано</translation>
    </message>
    <message>
        <source>Alleged perpetrator&apos;s details changed</source>
        <translation>Дані імовірного кривдника змінено</translation>
    </message>
    <message>
        <source>Alleged perpetrators viewed</source>
        <translation>Імовірних кривдників переглянуто</translation>
    </message>
    <message>
        <source>Violence records viewed</source>
        <translation>Записи про насильство переглянуто</translation>
    </message>
    <message>
        <source>account</source>
        <translation>обліковий запис</translation>
    </message>
    <message>
        <source>client</source>
        <translation>клієнтка</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>консультація</translation>
    </message>
    <message>
        <source>course</source>
        <translation>курс</translation>
    </message>
    <message>
        <source>course session</source>
        <translation>заняття курсу</translation>
    </message>
    <message>
        <source>event</source>
        <translation>захід</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>партнер</translation>
    </message>
    <message>
        <source>room</source>
        <translation>кімната</translation>
    </message>
    <message>
        <source>bed</source>
        <translation>ліжко</translation>
    </message>
    <message>
        <source>stay</source>
        <translation>перебування</translation>
    </message>
    <message>
        <source>turn-away</source>
        <translation>відмова в поселенні</translation>
    </message>
    <message>
        <source>waiting list entry</source>
        <translation>запис у черзі</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>направлення</translation>
    </message>
    <message>
        <source>anonymous contact</source>
        <translation>анонімне звернення</translation>
    </message>
    <message>
        <source>case</source>
        <translation>випадок</translation>
    </message>
    <message>
        <source>child</source>
        <translation>дитина</translation>
    </message>
    <message>
        <source>next contact</source>
        <translation>наступний контакт</translation>
    </message>
    <message>
        <source>done</source>
        <translation>виконано</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>відмовлено</translation>
    </message>
    <message>
        <source>problems found</source>
        <translation>знайдено проблеми</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>попередження</translation>
    </message>
</context>
<context>
    <name>bench</name>
    <message>
        <source>Give a whole number, 0 or more.</source>
        <translation>Вкажіть ціле число, 0 або більше.</translation>
    </message>
    <message>
        <source>This file is not a benchmark database; the benchmark runs only on the synthetic databases it builds. Choose a path that does not exist yet.</source>
        <translation>Цей файл не є базою даних для заміру швидкості; замір працює лише з синтетичними базами, які створює сам. Оберіть шлях, якого ще не існує.</translation>
    </message>
    <message>
        <source>This benchmark database was built with other sizes or another seed; choose another path or remove it.</source>
        <translation>Цю базу для заміру швидкості створено з іншими розмірами або іншим зерном; оберіть інший шлях або видаліть її.</translation>
    </message>
    <message>
        <source>Results written to %1</source>
        <translation>Результати записано у %1</translation>
    </message>
    <message>
        <source>raw SQL</source>
        <translation>чистий SQL</translation>
    </message>
    <message>
        <source>My cases: a worker with 300 cases</source>
        <translation>Мої випадки: фахівчиня з 300 випадками</translation>
    </message>
    <message>
        <source>The card&apos;s Case tab</source>
        <translation>Вкладка «Випадок» картки</translation>
    </message>
    <message>
        <source>Search as you type: 1 letter</source>
        <translation>Пошук під час введення: 1 літера</translation>
    </message>
    <message>
        <source>Search as you type: 2 letters</source>
        <translation>Пошук під час введення: 2 літери</translation>
    </message>
    <message>
        <source>Search as you type: 3 letters</source>
        <translation>Пошук під час введення: 3 літери</translation>
    </message>
    <message>
        <source>Search as you type: 5 letters</source>
        <translation>Пошук під час введення: 5 літер</translation>
    </message>
    <message>
        <source>Search as you type: with an apostrophe</source>
        <translation>Пошук під час введення: з апострофом</translation>
    </message>
    <message>
        <source>Open a client card (all tabs)</source>
        <translation>Відкрити картку клієнтки (усі вкладки)</translation>
    </message>
    <message>
        <source>Save a consultation (durable)</source>
        <translation>Зберегти консультацію (надійно)</translation>
    </message>
    <message>
        <source>raw INSERT + COMMIT</source>
        <translation>чистий INSERT + COMMIT</translation>
    </message>
    <message>
        <source>Annual summary: aggregation</source>
        <translation>Річне зведення: підрахунок</translation>
    </message>
    <message>
        <source>raw GROUP BY</source>
        <translation>чистий GROUP BY</translation>
    </message>
    <message>
        <source>Monthly summary: aggregation</source>
        <translation>Місячне зведення: підрахунок</translation>
    </message>
    <message>
        <source>Annual summary as PDF</source>
        <translation>Річне зведення у PDF</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Вхід</translation>
    </message>
    <message>
        <source>Argon2id alone</source>
        <translation>лише Argon2id</translation>
    </message>
    <message>
        <source>Encryption cost: search, 3 letters</source>
        <translation>Ціна шифрування: пошук, 3 літери</translation>
    </message>
    <message>
        <source>unencrypted copy</source>
        <translation>незашифрована копія</translation>
    </message>
    <message>
        <source>Encryption cost: client card</source>
        <translation>Ціна шифрування: картка клієнтки</translation>
    </message>
    <message>
        <source>Encryption cost: save a consultation</source>
        <translation>Ціна шифрування: збереження консультації</translation>
    </message>
    <message>
        <source>Encryption cost: annual aggregation</source>
        <translation>Ціна шифрування: річний підрахунок</translation>
    </message>
    <message>
        <source>GUI start to the sign-in window</source>
        <translation>Запуск програми до вікна входу</translation>
    </message>
    <message>
        <source>Search as you type: a full name</source>
        <translation>Пошук під час введення: прізвище та ім’я</translation>
    </message>
    <message>
        <source>Search prepared after sign-in (on the worker)</source>
        <translation>Підготовка пошуку після входу (у фоні)</translation>
    </message>
    <message>
        <source>reading the same rows unopened</source>
        <translation>читання тих самих рядків без розшифрування</translation>
    </message>
    <message>
        <source>bare Qt window</source>
        <translation>порожнє вікно Qt</translation>
    </message>
    <message>
        <source>GUI peak memory, every client listed</source>
        <translation>Найбільша пам’ять програми, у списку всі клієнтки</translation>
    </message>
    <message>
        <source>%1 (warm cache)</source>
        <translation>%1 (теплий кеш)</translation>
    </message>
    <message>
        <source>%1 (cold cache)</source>
        <translation>%1 (холодний кеш)</translation>
    </message>
    <message>
        <source>Give from 1 to 1000 runs.</source>
        <translation>Вкажіть від 1 до 1000 повторів.</translation>
    </message>
    <message>
        <source>Reusing the benchmark database %1.</source>
        <translation>Використовуємо наявну базу для заміру швидкості %1.</translation>
    </message>
    <message>
        <source>Benchmark database built in %1 s: %2.</source>
        <translation>Базу для заміру швидкості створено за %1 с: %2.</translation>
    </message>
    <message>
        <source>Measuring sign-in…</source>
        <translation>Вимірюємо вхід…</translation>
    </message>
    <message>
        <source>Measuring an UNENCRYPTED copy (synthetic data only; deleted afterwards)…</source>
        <translation>Вимірюємо НЕЗАШИФРОВАНУ копію (лише синтетичні дані; її буде видалено)…</translation>
    </message>
    <message>
        <source>Measuring the GUI in separate processes…</source>
        <translation>Вимірюємо вікно програми в окремих процесах…</translation>
    </message>
    <message>
        <source>Search prepared after sign-in: %1 µs per client (%2 clients).</source>
        <translation>Підготовка пошуку після входу: %1 мкс на запис; записів: %2.</translation>
    </message>
    <message>
        <source>%1 rows listed in %2 s</source>
        <translation>%1 рядків показано за %2 с</translation>
    </message>
    <message>
        <source>Measuring search as you type…</source>
        <translation>Вимірюємо пошук під час введення…</translation>
    </message>
    <message>
        <source>Measuring the client card and saving…</source>
        <translation>Вимірюємо картку клієнтки та збереження…</translation>
    </message>
    <message>
        <source>Measuring My cases and the Case tab…</source>
        <translation>Вимірювання «Моїх випадків» і вкладки «Випадок»…</translation>
    </message>
    <message>
        <source>Measuring the summaries…</source>
        <translation>Вимірюємо зведення…</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>App (median / p95)</source>
        <translation>Програма (медіана / p95)</translation>
    </message>
    <message>
        <source>Baseline (median / p95)</source>
        <translation>Еталон (медіана / p95)</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Співвідношення</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ціль</translation>
    </message>
    <message>
        <source>met</source>
        <translation>досягнуто</translation>
    </message>
    <message>
        <source>MISSED</source>
        <translation>НЕ ДОСЯГНУТО</translation>
    </message>
    <message>
        <source>FAILED (%1)</source>
        <translation>ПОМИЛКА (%1)</translation>
    </message>
    <message>
        <source>Synthetic data only: %1 clients, %2 consultations over ten years up to %3, seed %4; database built in %5 s.</source>
        <translation>Лише синтетичні дані: %1 клієнток, %2 консультацій за десять років до %3, зерно %4; базу створено за %5 с.</translation>
    </message>
    <message>
        <source>Machine: %1 CPU(s) %2, %3 GiB RAM, Python %4, SQLCipher %5 (SQLite %6).</source>
        <translation>Комп’ютер: процесорів %1 (%2), %3 ГіБ пам’яті, Python %4, SQLCipher %5 (SQLite %6).</translation>
    </message>
    <message>
        <source>Targets met: %1 of %2. Runs per operation: %3; whole run %4 s.</source>
        <translation>Досягнуто цілей: %1 з %2. Повторів на дію: %3; увесь замір %4 с.</translation>
    </message>
    <message>
        <source>Annual summary with 20 earlier releases in the register</source>
        <translation>Річний звіт, коли в реєстрі 20 попередніх випусків</translation>
    </message>
    <message>
        <source>Open a client card (all tabs), new connection</source>
        <translation>Відкрити картку клієнтки (усі вкладки), нове з’єднання</translation>
    </message>
    <message>
        <source>raw SQL on a new connection</source>
        <translation>чистий SQL на новому з’єднанні</translation>
    </message>
    <message>
        <source>Moving the benchmark database %1 to %2…</source>
        <translation>Переносимо базу для заміру швидкості %1 на %2…</translation>
    </message>
    <message>
        <source>Machine: %1 CPU(s) %2, %3 GiB RAM, Python %4, PostgreSQL %5.</source>
        <translation>Комп’ютер: процесорів %1 (%2), %3 ГіБ пам’яті, Python %4, PostgreSQL %5.</translation>
    </message>
    <message>
        <source>Server: %1 (PostgreSQL %2); the file moved there in %3 s (%4 rows, verified). Baselines: raw SQL on one plain connection to the same server.</source>
        <translation>Сервер: %1 (PostgreSQL %2); файл перенесено туди за %3 с (%4 рядків, перевірено). Порівняння: чистий SQL через одне просте з’єднання з тим самим сервером.</translation>
    </message>
    <message>
        <source>On the server &quot;new connection&quot; (cold) means every run connects anew, app and baseline alike; the server&apos;s own cache stays warm. Not measured on the server: encryption cost (no SQLCipher there), the GUI, the PDF and the case lines. The summaries&apos; raw GROUP BY is raw_summary.py&apos;s SQL in PostgreSQL&apos;s dialect.</source>
        <translation>На сервері «нове з’єднання» (холодний замір) означає, що кожен прогін з’єднується заново — і програма, і порівняння; власний кеш сервера лишається теплим. На сервері не вимірюємо: ціну шифрування (SQLCipher там немає), інтерфейс, PDF і рядки справ. Чистий GROUP BY звітів — це SQL з raw_summary.py у діалекті PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>cases</name>
    <message>
        <source>No such case.</source>
        <translation>Такого випадку немає.</translation>
    </message>
    <message>
        <source>This case is closed; reopen it to record new work.</source>
        <translation>Випадок закрито; щоб записати нову роботу, відновіть його.</translation>
    </message>
    <message>
        <source>This child is not recorded with her.</source>
        <translation>Ця дитина не записана як її дитина.</translation>
    </message>
    <message>
        <source>Give each of her children once, with a level of need.</source>
        <translation>Вкажіть кожну її дитину один раз, з рівнем потреби.</translation>
    </message>
    <message>
        <source>Rate the need in every domain.</source>
        <translation>Оцініть потребу в кожній сфері.</translation>
    </message>
    <message>
        <source>Write a short closing summary.</source>
        <translation>Напишіть короткий підсумок.</translation>
    </message>
    <message>
        <source>Some plan actions are still open: mark them done or dropped.</source>
        <translation>Деякі заходи плану ще відкриті: позначте їх виконаними або скасованими.</translation>
    </message>
    <message>
        <source>No closure of this case waits for approval.</source>
        <translation>Закриття цього випадку не чекає погодження.</translation>
    </message>
    <message>
        <source>Only a closed case can be reopened.</source>
        <translation>Відновити можна лише закритий випадок.</translation>
    </message>
    <message>
        <source>Say why the follow-up is dismissed.</source>
        <translation>Вкажіть, чому контакт скасовано.</translation>
    </message>
    <message>
        <source>No such follow-up.</source>
        <translation>Такого контакту немає.</translation>
    </message>
    <message>
        <source>This follow-up has already been dealt with.</source>
        <translation>Цей контакт уже опрацьовано.</translation>
    </message>
    <message>
        <source>The case cannot move to this state now.</source>
        <translation>Зараз випадок не можна перевести в цей стан.</translation>
    </message>
    <message>
        <source>A closed case cannot be reassigned.</source>
        <translation>Закритий випадок не можна передати.</translation>
    </message>
    <message>
        <source>Choose staff from the list.</source>
        <translation>Оберіть працівниць зі списку.</translation>
    </message>
    <message>
        <source>She already has an open case; work in it or close it first.</source>
        <translation>Щодо неї вже відкрито випадок; працюйте в ньому або спершу закрийте його.</translation>
    </message>
    <message>
        <source>Choose the responsible case worker.</source>
        <translation>Оберіть відповідальну фахівчиню.</translation>
    </message>
    <message>
        <source>Only the head of the centre assigns a case to someone else.</source>
        <translation>Передати випадок іншій працівниці може лише керівниця центру.</translation>
    </message>
    <message>
        <source>Choose an active staff member from the list.</source>
        <translation>Оберіть активну працівницю зі списку.</translation>
    </message>
    <message>
        <source>No such goal.</source>
        <translation>Такої мети немає.</translation>
    </message>
    <message>
        <source>Say why the action is dropped.</source>
        <translation>Вкажіть, чому захід скасовано.</translation>
    </message>
    <message>
        <source>No such action.</source>
        <translation>Такого заходу немає.</translation>
    </message>
    <message>
        <source>Choose one of her records to link.</source>
        <translation>Оберіть для зв’язку один із її записів.</translation>
    </message>
    <message>
        <source>The plan has nothing to approve yet.</source>
        <translation>У плані ще нічого затверджувати.</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Відкритий</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Моніторинг</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закритий</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Безпека</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Житло</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоров’я</translation>
    </message>
    <message>
        <source>Psychological state</source>
        <translation>Психологічний стан</translation>
    </message>
    <message>
        <source>Legal matters</source>
        <translation>Правові питання</translation>
    </message>
    <message>
        <source>Income and work</source>
        <translation>Дохід і робота</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Діти</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>No need</source>
        <translation>Немає потреби</translation>
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
        <source>Planned</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Виконується</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Консультація</translation>
    </message>
    <message>
        <source>Course enrolment</source>
        <translation>Запис на курс</translation>
    </message>
    <message>
        <source>Shelter stay</source>
        <translation>Перебування в притулку</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <source>Information (001.0)</source>
        <translation>Інформування (001.0)</translation>
    </message>
    <message>
        <source>Counselling (002.0)</source>
        <translation>Консультування (002.0)</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Посередництво</translation>
    </message>
    <message>
        <source>Social accompaniment</source>
        <translation>Соціальний супровід</translation>
    </message>
    <message>
        <source>Representation of interests</source>
        <translation>Представництво інтересів</translation>
    </message>
    <message>
        <source>Crisis and emergency intervention</source>
        <translation>Кризове та екстрене втручання</translation>
    </message>
    <message>
        <source>Social adaptation</source>
        <translation>Соціальна адаптація</translation>
    </message>
    <message>
        <source>Social prevention</source>
        <translation>Соціальна профілактика</translation>
    </message>
    <message>
        <source>Aid in kind</source>
        <translation>Натуральна допомога</translation>
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
        <source>Accompanying her</source>
        <translation>Супровід</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Goals reached</source>
        <translation>Мети досягнуто</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Переїхала</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>Зв’язок втрачено</translation>
    </message>
    <message>
        <source>Declined further help</source>
        <translation>Відмовилася від подальшої допомоги</translation>
    </message>
    <message>
        <source>Returned to the abuser</source>
        <translation>Повернулася до кривдника</translation>
    </message>
    <message>
        <source>Referred to another service</source>
        <translation>Направлено до іншої служби</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Померла</translation>
    </message>
    <message>
        <source>Safety plan reviewed</source>
        <translation>План безпеки переглянуто</translation>
    </message>
    <message>
        <source>Referral outcomes recorded</source>
        <translation>Результати направлень записано</translation>
    </message>
    <message>
        <source>Open plan actions closed</source>
        <translation>Відкриті заходи плану закрито</translation>
    </message>
    <message>
        <source>There is no needs assessment to print.</source>
        <translation>Немає оцінки потреб для друку.</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>No data.</source>
        <translation>Немає даних.</translation>
    </message>
</context>
<context>
    <name>children</name>
    <message>
        <source>A child is under 18; register an adult as a client.</source>
        <translation>Дитині менше 18 років; дорослу особу зареєструйте як клієнта.</translation>
    </message>
    <message>
        <source>Only a child of 14 or older can be a client in their own right.</source>
        <translation>Окремою клієнткою чи клієнтом може бути лише дитина від 14 років.</translation>
    </message>
    <message>
        <source>The guardian and the child must be different clients.</source>
        <translation>Опікун(ка) і дитина мають бути різними картками.</translation>
    </message>
    <message>
        <source>This child is not recorded with this client.</source>
        <translation>Ця дитина не записана в цій картці.</translation>
    </message>
    <message>
        <source>A child on a stay is under 18 on the day of admission.</source>
        <translation>У день поселення дитині має бути менше 18 років.</translation>
    </message>
    <message>
        <source>Enter the child&apos;s first name.</source>
        <translation>Введіть ім’я дитини.</translation>
    </message>
    <message>
        <source>No such child.</source>
        <translation>Такої дитини немає.</translation>
    </message>
</context>
<context>
    <name>classifier</name>
    <message>
        <source>Informing</source>
        <translation>Інформування</translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation>Консультування</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Посередництво</translation>
    </message>
    <message>
        <source>Social accompaniment</source>
        <translation>Соціальний супровід</translation>
    </message>
    <message>
        <source>Representation of interests</source>
        <translation>Представництво інтересів</translation>
    </message>
    <message>
        <source>Crisis and emergency intervention</source>
        <translation>Кризове та екстрене втручання</translation>
    </message>
    <message>
        <source>Provision of shelter</source>
        <translation>Надання притулку</translation>
    </message>
    <message>
        <source>Social adaptation</source>
        <translation>Соціальна адаптація</translation>
    </message>
    <message>
        <source>Social prevention</source>
        <translation>Соціальна профілактика</translation>
    </message>
    <message>
        <source>Aid in kind</source>
        <translation>Натуральна допомога</translation>
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
        <source>Also %1 children, %2 men among the clients, %3 anonymous contacts.</source>
        <translation>Також дітей: %1, чоловіків серед клієнтів: %2, анонімних звернень: %3.</translation>
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
        <source>Database pages: kept by the PostgreSQL server (not checked here)</source>
        <translation>Сторінки бази даних: їх зберігає сервер PostgreSQL (тут не перевіряються)</translation>
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
        <source>Audit log: only the numbering was checked; an administrator&apos;s check verifies every entry from the first key.</source>
        <translation>Журнал аудиту: перевірено лише нумерацію; перевірка адміністраторки звіряє кожен запис від першого ключа.</translation>
    </message>
    <message>
        <source>Audit log completeness: %1</source>
        <translation>Повнота журналу аудиту: %1</translation>
    </message>
    <message>
        <source>Audit log fingerprint (note it on paper, compare with the last note): %1</source>
        <translation>Відбиток журналу аудиту (запишіть на папері, звірте з попереднім записом): %1</translation>
    </message>
    <message>
        <source>%1 account(s) changed outside Oberih</source>
        <translation>облікових записів, змінених поза Оберегом: %1</translation>
    </message>
    <message>
        <source>Account roles and active flags: %1</source>
        <translation>Ролі й активність облікових записів: %1</translation>
    </message>
    <message>
        <source>%1 slot(s) without an active account, %2 active account(s) without a slot</source>
        <translation>слотів без активного облікового запису — %1, активних облікових записів без слота — %2</translation>
    </message>
    <message>
        <source>(%1 active account(s) wait for a new password from an administrator)</source>
        <translation>(облікових записів, що чекають на новий пароль від адміністраторки: %1)</translation>
    </message>
    <message>
        <source>Key slots match the active accounts: %1</source>
        <translation>Слоти ключів відповідають активним обліковим записам: %1</translation>
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
        <source>Recovery code: a new code was made but not confirmed as written down; the old code still works. Make a new code again in Administration.</source>
        <translation>Код відновлення: новий код створено, але не підтверджено, що його записано; старий код досі діє. Створіть новий код ще раз в Адмініструванні.</translation>
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
        <source>Summary written: %1</source>
        <translation>Звіт записано: %1</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Резервну копію записано й перевірено: %1</translation>
    </message>
    <message>
        <source>The recovery code is empty.</source>
        <translation>Код відновлення порожній.</translation>
    </message>
    <message>
        <source>Give --user NAME with --password-stdin (an administrator of the backup), or --recovery-code-stdin.</source>
        <translation>Вкажіть --user ІМ’Я з --password-stdin (адміністратор резервної копії) або --recovery-code-stdin.</translation>
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
        <source>%1 rows in %2 tables, verified row by row; copied in %3 s, verified in %4 s.</source>
        <translation>Рядків — %1, таблиць — %2; кожен рядок перевірено. Копіювання: %3 с, перевірка: %4 с.</translation>
    </message>
    <message>
        <source>Copied to %1: %2 rows in %3 tables, verified row by row.</source>
        <translation>Скопійовано на %1: рядків — %2, таблиць — %3; кожен рядок перевірено.</translation>
    </message>
    <message>
        <source>Copied in %1 s, verified in %2 s.</source>
        <translation>Копіювання: %1 с, перевірка: %2 с.</translation>
    </message>
    <message>
        <source>The key slots are stored on the server.</source>
        <translation>Слоти ключів збережено на сервері.</translation>
    </message>
    <message>
        <source>The file was left as it was; once the workstations use the server, keep it as a backup or delete it.</source>
        <translation>Файл залишився таким, як був; коли робочі місця перейдуть на сервер, зберігайте його як резервну копію або видаліть.</translation>
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
    <message>
        <source>k is set once for the database by the administrator; an export cannot choose another.</source>
        <translation>k встановлює адміністраторка один раз для бази даних; експорт не може вибрати інше.</translation>
    </message>
    <message>
        <source>Give the period as --period 2026-Q1 (or as --from and --to).</source>
        <translation>Укажіть період як --period 2026-Q1 (або як --from і --to).</translation>
    </message>
    <message>
        <source>The city-wide summary is written as .pdf or .csv.</source>
        <translation>Міський зведений звіт записується як .pdf або .csv.</translation>
    </message>
    <message>
        <source>City-wide summary written: %1</source>
        <translation>Міський зведений звіт записано: %1</translation>
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
        <source>Unknown order.</source>
        <translation>Невідомий порядок.</translation>
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
        <source>Enter the phone number, or untick safe to call and safe to text.</source>
        <translation>Вкажіть номер телефону або зніміть позначки «безпечно телефонувати» і «безпечно писати».</translation>
    </message>
    <message>
        <source>Check the birth date: the age must be from %1 to %2 years.</source>
        <translation>Перевірте дату народження: вік має бути від %1 до %2 років.</translation>
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
        <source>The birth year does not match the birth date.</source>
        <translation>Рік народження не збігається з датою народження.</translation>
    </message>
    <message>
        <source>Enter a phone number of 7 to 20 digits; only +, spaces, brackets and hyphens may go with them.</source>
        <translation>Введіть номер телефону з 7–20 цифр; крім цифр, можна використовувати лише +, пробіли, дужки та дефіси.</translation>
    </message>
</context>
<context>
    <name>compartments</name>
    <message>
        <source>client identities and contacts</source>
        <translation>особи та контакти клієнток</translation>
    </message>
    <message>
        <source>psychological notes</source>
        <translation>нотатки психологів</translation>
    </message>
    <message>
        <source>legal notes</source>
        <translation>нотатки юристів</translation>
    </message>
    <message>
        <source>risk, safety plans, perpetrators</source>
        <translation>ризики, плани безпеки, кривдники</translation>
    </message>
    <message>
        <source>case notes</source>
        <translation>нотатки випадків</translation>
    </message>
    <message>
        <source>names on course lists</source>
        <translation>імена у списках курсів</translation>
    </message>
    <message>
        <source>administration keys</source>
        <translation>ключі адміністрування</translation>
    </message>
</context>
<context>
    <name>consultation_forms</name>
    <message>
        <source> min</source>
        <translation> хв</translation>
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
        <source>A held consultation has already ended, but this one would end at %1, which is still to come. Check the start and the duration, or book an appointment instead.</source>
        <translation>Проведена консультація вже закінчилася, а ця закінчилася б о %1 — пізніше, ніж зараз. Перевірте початок і тривалість або натомість призначте запис.</translation>
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
    <name>contacts</name>
    <message>
        <source>Hotline call</source>
        <translation>Дзвінок на гарячу лінію</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Особисте звернення</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Mobile brigade</source>
        <translation>Мобільна бригада</translation>
    </message>
    <message>
        <source>The person concerned</source>
        <translation>Сама особа</translation>
    </message>
    <message>
        <source>A relative</source>
        <translation>Родич(ка)</translation>
    </message>
    <message>
        <source>A professional</source>
        <translation>Фахівець(-чиня)</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Інша особа</translation>
    </message>
    <message>
        <source>under 18</source>
        <translation>до 18</translation>
    </message>
    <message>
        <source>18–24</source>
        <translation>18–24</translation>
    </message>
    <message>
        <source>25–34</source>
        <translation>25–34</translation>
    </message>
    <message>
        <source>35–44</source>
        <translation>35–44</translation>
    </message>
    <message>
        <source>45–59</source>
        <translation>45–59</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 і більше</translation>
    </message>
    <message>
        <source>Age not known</source>
        <translation>Вік невідомий</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Інформування</translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation>Консультування</translation>
    </message>
    <message>
        <source>Crisis support</source>
        <translation>Кризова підтримка</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <source>No such contact.</source>
        <translation>Такого звернення немає.</translation>
    </message>
    <message>
        <source>The contact cannot be in the future.</source>
        <translation>Звернення не може бути в майбутньому.</translation>
    </message>
    <message>
        <source>A referral needs the service the person was referred to, and only a referral has one.</source>
        <translation>Для направлення вкажіть службу, до якої направлено, і лише для направлення.</translation>
    </message>
    <message>
        <source>The note must not hold a phone number or anything else that identifies.</source>
        <translation>Примітка не може містити номер телефону чи інше, що вказує на особу.</translation>
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
    <message>
        <source>Choose an active trainer account.</source>
        <translation>Оберіть чинний обліковий запис тренерки.</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>Open her card</source>
        <translation>Відкрити її картку</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>This could not be loaded: %1</source>
        <translation>Не вдалося завантажити: %1</translation>
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
    <name>display</name>
    <message>
        <source>D</source>
        <comment>day letter of a date pattern: DD</comment>
        <translation>Д</translation>
    </message>
    <message>
        <source>M</source>
        <comment>month letter of a date pattern: MM</comment>
        <translation>М</translation>
    </message>
    <message>
        <source>Y</source>
        <comment>year letter of a date pattern: YYYY</comment>
        <translation>Р</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
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
        <source>A backup is restored with the password of one of its administrators or with the recovery code; nothing was changed.</source>
        <translation>Резервну копію відновлюють паролем одного з її адміністраторів або кодом відновлення; нічого не змінено.</translation>
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
        <source>Your key does not open this part of the records. If your role should see it, it opens after a colleague who holds it signs in.</source>
        <translation>Ваш ключ не відкриває цю частину записів. Якщо ваша роль має її бачити, вона відкриється, щойно увійде колега, яка має цей ключ.</translation>
    </message>
    <message>
        <source>A protected value in this record does not open: it was altered or moved. Run the integrity check and tell the administrator.</source>
        <translation>Захищене значення в цьому записі не відкривається: його змінено або перенесено. Запустіть перевірку цілісності та повідомте адміністраторку.</translation>
    </message>
    <message>
        <source>This file is not a usable Oberih backup (damaged or foreign); nothing was changed.</source>
        <translation>Цей файл не є придатною резервною копією «Оберегу» (пошкоджений або чужий); нічого не змінено.</translation>
    </message>
    <message>
        <source>The backup could not be written and verified; no backup file was left.</source>
        <translation>Не вдалося записати й перевірити резервну копію; файл копії не залишено.</translation>
    </message>
    <message>
        <source>The drive is full. Free some space and try again; what was saved before is intact.</source>
        <translation>Диск заповнений. Звільніть місце і спробуйте ще раз; усе збережене раніше ціле.</translation>
    </message>
    <message>
        <source>The drive or folder is read-only, so nothing could be written; nothing was changed.</source>
        <translation>Диск або папка доступні лише для читання, тож нічого не вдалося записати; нічого не змінено.</translation>
    </message>
    <message>
        <source>This computer account may not write to the database folder; nothing was changed.</source>
        <translation>Цей обліковий запис комп&apos;ютера не має права записувати в папку бази даних; нічого не змінено.</translation>
    </message>
    <message>
        <source>The drive reported a read or write error. The database was not changed; check the drive (or its cable) and try again.</source>
        <translation>Диск повідомив про помилку читання або запису. Базу даних не змінено; перевірте диск (або його кабель) і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>the audit log&apos;s head file</source>
        <translation>файл останнього запису журналу аудиту</translation>
    </message>
    <message>
        <source>the audit log entry</source>
        <translation>запис у журналі аудиту</translation>
    </message>
    <message>
        <source>removing old automatic backups</source>
        <translation>видалення старих автоматичних резервних копій</translation>
    </message>
    <message>
        <source>the end of the restore</source>
        <translation>завершення відновлення</translation>
    </message>
    <message>
        <source>Saved. Only the follow-up step (%1) did not finish and will be repeated at the next start:</source>
        <translation>Збережено. Не завершився лише наступний крок (%1); його буде повторено під час наступного запуску:</translation>
    </message>
    <message>
        <source>The server address is not valid: it must look like postgresql://user@host/database (see the README, &apos;A server for several workstations&apos;).</source>
        <translation>Адреса сервера неправильна: вона має мати вигляд postgresql://користувач@сервер/база (див. README, розділ «A server for several workstations»).</translation>
    </message>
    <message>
        <source>Oberih connects to a server over the network only with TLS and a verified server certificate (sslmode=verify-full); ask the IT officer for the centre&apos;s certificate.</source>
        <translation>«Оберіг» з’єднується із сервером через мережу лише за TLS і з перевіреним сертифікатом сервера (sslmode=verify-full); попросіть ІТ-адміністратора дати сертифікат центру.</translation>
    </message>
    <message>
        <source>The server could not be reached, or it refused this workstation (address, network, certificate or the installation&apos;s server password); ask the IT officer.</source>
        <translation>Не вдалося з’єднатися із сервером, або він не прийняв це робоче місце (адреса, мережа, сертифікат чи пароль установлення на сервері); зверніться до ІТ-адміністратора.</translation>
    </message>
    <message>
        <source>On a server, backups and restores are made on the server by its administrator (see the README&apos;s server page); nothing was changed.</source>
        <translation>Для бази на сервері резервні копії робить і відновлює адміністратор сервера (див. розділ README про сервер); нічого не змінено.</translation>
    </message>
    <message>
        <source>Stopped: Oberih is closing.</source>
        <translation>Зупинено: «Оберіг» закривається.</translation>
    </message>
    <message>
        <source>The server database holds no Oberih database yet; the IT officer creates it with: shelter-app init --server URL.</source>
        <translation>У базі даних на сервері ще немає бази «Оберегу»; її створює ІТ-адміністратор командою: shelter-app init --server URL.</translation>
    </message>
    <message>
        <source>The server database already holds Oberih records; a database is moved only into an empty server database. Nothing was changed.</source>
        <translation>У базі даних на сервері вже є записи «Оберегу»; базу даних переносять лише в порожню базу на сервері. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The database file has unfinished writes (it was not closed properly); sign in to it once with Oberih, close it, then try again. Nothing was changed.</source>
        <translation>У файлі бази даних є незавершені записи (його не закрили як слід); увійдіть у нього один раз в «Оберегу», закрийте й спробуйте знову. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The database file was made by an older version of Oberih; sign in to it once with this version (it is brought up to date), then move it. Nothing was changed.</source>
        <translation>Файл бази даних створено старішою версією «Оберегу»; увійдіть у нього один раз цією версією (його буде оновлено), а тоді перенесіть. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The copy differs from the original in table %1, row %2; the copy was undone and the server database left empty.</source>
        <translation>Копія відрізняється від оригіналу в таблиці %1, рядок %2; копіювання скасовано, база даних на сервері залишилася порожньою.</translation>
    </message>
    <message>
        <source>The copy stopped at table %1: the target refused a row. The copy was undone and the target left empty.</source>
        <translation>Копіювання зупинилося на таблиці %1: база призначення не прийняла рядок. Копіювання скасовано, база призначення залишилася порожньою.</translation>
    </message>
    <message>
        <source>The server database already holds Oberih records; a backup is restored only into an empty server database. Nothing was changed.</source>
        <translation>У базі даних на сервері вже є записи «Оберегу»; резервну копію відновлюють лише в порожню базу на сервері. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The backup was made by an older version of Oberih: restore it to a local file (restore --db), sign in to it once with this version, then move it with migrate-to-server. Nothing was changed.</source>
        <translation>Резервну копію створено старішою версією «Оберегу»: відновіть її в локальний файл (restore --db), увійдіть у нього один раз цією версією, а тоді перенесіть командою migrate-to-server. Нічого не змінено.</translation>
    </message>
    <message>
        <source>Oberih already has this database open, on this or another computer.</source>
        <translation>«Оберіг» уже відкрив цю базу даних — на цьому чи на іншому комп’ютері.</translation>
    </message>
    <message>
        <source>The database is in a folder that a sync service uploads (%1): a synced copy can be half-written or replaced by an older one. Keep it on this computer&apos;s own disk, outside OneDrive, Dropbox or iCloud.</source>
        <translation>База даних лежить у теці, яку вивантажує служба синхронізації (%1): синхронізована копія може бути записана наполовину або замінена старішою. Тримайте її на власному диску цього комп’ютера, поза OneDrive, Dropbox чи iCloud.</translation>
    </message>
    <message>
        <source>The database is on a network drive (%1): opened from two computers it gets corrupted. Keep it on this computer&apos;s own disk (or use server mode for several workstations).</source>
        <translation>База даних лежить на мережевому диску (%1): відкрита з двох комп’ютерів, вона пошкоджується. Тримайте її на власному диску цього комп’ютера (або використовуйте серверний режим для кількох робочих місць).</translation>
    </message>
    <message>
        <source>Warning: every local account (%1) may read the data folder %2. Ask the IT administrator to limit it to the Oberih users, or use the folder the installer made.</source>
        <translation>Увага: теку з даними %2 може читати кожен локальний обліковий запис (%1). Попросіть ІТ-адміністратора обмежити доступ до неї користувачами «Оберегу» або скористайтеся текою, яку створила програма встановлення.</translation>
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
    <name>fault_dialog</name>
    <message>
        <source>Saved, with a warning</source>
        <translation>Збережено, з попередженням</translation>
    </message>
    <message>
        <source>Nothing needs to be entered again. Oberih repeats the step at the next start.</source>
        <translation>Нічого не треба вводити повторно. Оберіг повторить цей крок під час наступного запуску.</translation>
    </message>
    <message>
        <source>The drive is full</source>
        <translation>Диск заповнений</translation>
    </message>
    <message>
        <source>The database is not damaged: do not restore a backup. Delete or move files you do not need (old downloads, the recycle bin), then try again.</source>
        <translation>База даних не пошкоджена: не відновлюйте резервну копію. Видаліть або перенесіть непотрібні файли (старі завантаження, кошик), потім спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The drive is read-only</source>
        <translation>Диск лише для читання</translation>
    </message>
    <message>
        <source>The database is not damaged: do not restore a backup. The folder is on a drive that cannot be written (a write-protected USB stick, or a drive the computer set to read-only after an error). Ask your administrator.</source>
        <translation>База даних не пошкоджена: не відновлюйте резервну копію. Папка на диску, на який не можна записувати (захищена від запису флешка або диск, який комп&apos;ютер після помилки зробив лише для читання). Зверніться до адміністраторки.</translation>
    </message>
    <message>
        <source>No access to the database folder</source>
        <translation>Немає доступу до папки бази даних</translation>
    </message>
    <message>
        <source>The database is not damaged: do not restore a backup. This computer account may not write to the folder; ask your administrator to give it access.</source>
        <translation>База даних не пошкоджена: не відновлюйте резервну копію. Цей обліковий запис комп&apos;ютера не має права записувати в папку; попросіть адміністраторку надати доступ.</translation>
    </message>
    <message>
        <source>The drive reported an error</source>
        <translation>Диск повідомив про помилку</translation>
    </message>
    <message>
        <source>Close Oberih and check the drive (its cable, or a disk check), then try again. If it happens again, make a backup to another drive at once.</source>
        <translation>Закрийте Оберіг і перевірте диск (кабель або перевірку диска), потім спробуйте ще раз. Якщо це повториться, одразу зробіть резервну копію на інший диск.</translation>
    </message>
    <message>
        <source>The database is busy</source>
        <translation>База даних зайнята</translation>
    </message>
    <message>
        <source>Another program is using it. Wait a moment and try again.</source>
        <translation>Нею користується інша програма. Зачекайте хвилинку і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The database or its key file is damaged</source>
        <translation>База даних або її файл ключів пошкоджені</translation>
    </message>
    <message>
        <source>Ask your administrator to run the integrity check before anything else. Restore a backup only if the check confirms the damage.</source>
        <translation>Попросіть адміністраторку насамперед запустити перевірку цілісності. Відновлюйте резервну копію, лише якщо перевірка підтвердить пошкодження.</translation>
    </message>
    <message>
        <source>Oberih</source>
        <translation>Оберіг</translation>
    </message>
</context>
<context>
    <name>journal_pdf</name>
    <message>
        <source>not required</source>
        <translation>не потрібно</translation>
    </message>
    <message>
        <source>NOT MADE (due %1)</source>
        <translation>НЕ ЗРОБЛЕНО (строк %1)</translation>
    </message>
    <message>
        <source>ref. %1</source>
        <translation>реєстр. № %1</translation>
    </message>
    <message>
        <source>late</source>
        <translation>із запізненням</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>witnessed</source>
        <translation>свідки</translation>
    </message>
    <message>
        <source>harmed</source>
        <translation>постраждали</translation>
    </message>
    <message>
        <source>Journal of appeals about domestic and gender-based violence</source>
        <translation>Журнал звернень щодо домашнього насильства та насильства за ознакою статі</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>Період: %1 – %2</translation>
    </message>
    <message>
        <source>Kept until the Unified State Register of cases of domestic and gender-based violence works (CMU Resolution No. 234 of 2019); notifications within one day (CMU Resolution No. 658 of 2018). The official journal form was not available: the columns are those the resolutions name. Persons are shown by client code.</source>
        <translation>Ведеться до запровадження Єдиного державного реєстру випадків домашнього насильства та насильства за ознакою статі (постанова КМУ № 234 від 2019 р.); повідомлення — протягом доби (постанова КМУ № 658 від 2018 р.). Офіційної форми журналу не було під рукою: графи — ті, що названі в постановах. Особи позначено кодами клієнток.</translation>
    </message>
    <message>
        <source>Appeal: date and time</source>
        <translation>Звернення: дата і час</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Код клієнтки</translation>
    </message>
    <message>
        <source>Forms of violence</source>
        <translation>Форми насильства</translation>
    </message>
    <message>
        <source>Context; alleged perpetrator</source>
        <translation>Контекст; імовірний кривдник</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Діти</translation>
    </message>
    <message>
        <source>Police informed</source>
        <translation>Поліцію повідомлено</translation>
    </message>
    <message>
        <source>Children&apos;s service informed</source>
        <translation>Службу у справах дітей повідомлено</translation>
    </message>
    <message>
        <source>Coordinating unit informed</source>
        <translation>Координаційний підрозділ повідомлено</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Хто записав</translation>
    </message>
    <message>
        <source>No appeals in this period.</source>
        <translation>За цей період звернень немає.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Сторінка %1</translation>
    </message>
    <message>
        <source>Confidential: special-category data</source>
        <translation>Конфіденційно: дані особливої категорії</translation>
    </message>
    <message>
        <source>The file name must end in .pdf.</source>
        <translation>Назва файлу має закінчуватися на .pdf.</translation>
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
    <name>recovery_code</name>
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
    <name>reports</name>
    <message>
        <source>The disclosure threshold k must be a whole number of at least 3.</source>
        <translation>Поріг розкриття k має бути цілим числом, не меншим за 3.</translation>
    </message>
    <message>
        <source>The disclosure threshold k can be at most 50.</source>
        <translation>Поріг розкриття k може бути щонайбільше 50.</translation>
    </message>
    <message>
        <source>People served</source>
        <translation>Отримувачі послуг</translation>
    </message>
    <message>
        <source>Different people who received at least one service in the period: a consultation held, a night in the shelter or an admission to it, a course enrolment or completion or a session attended, a referral, or a first contact with the centre. Each person is counted once, however many services she received. New clients made their first contact with the centre in the period; returning clients came before it. Age is the age reached in the calendar year in which the period starts (that year minus the year of birth). District is the district of residence recorded for the client.</source>
        <translation>Різні особи, які у звітному періоді отримали хоча б одну послугу: проведену консультацію, ніч у притулку чи поселення до нього, запис на курс чи його завершення або відвідане заняття, направлення чи перше звернення до центру. Кожну особу враховано один раз, незалежно від кількості отриманих послуг. Нові клієнти вперше звернулися до центру у звітному періоді; повторні — раніше. Вік — кількість років, що виповнюється в календарному році, з якого починається період (цей рік мінус рік народження). Район — район проживання, зазначений у картці.</translation>
    </message>
    <message>
        <source>Categories of people served</source>
        <translation>Категорії отримувачок послуг</translation>
    </message>
    <message>
        <source>People served who belong to a category the department counts, as recorded for the client when the report is made. A person may belong to several categories or to none, so the rows do not add up to the people served. The rare categories (disability, pregnancy, veteran status) are broken down by age only when every count of the breakdown can be shown, and a category with fewer people than the disclosure threshold is not broken down.</source>
        <translation>Отримувачі послуг, які належать до категорії, яку обліковує департамент, за даними картки на день складання звіту. Особа може належати до кількох категорій або до жодної, тому сума рядків не дорівнює кількості отримувачів послуг. Нечисленні категорії (інвалідність, вагітність, статус ветеранки) розподілено за віком лише тоді, коли можна показати кожне число розподілу; категорію, у якій менше осіб, ніж поріг розкриття, за віком не розподілено.</translation>
    </message>
    <message>
        <source>Consultations held</source>
        <translation>Проведені консультації</translation>
    </message>
    <message>
        <source>Psychological and legal consultations held on a day of the period. A first consultation is the client&apos;s first held consultation of that kind; later ones are repeat consultations. The format (in person, by phone, online) is as recorded. Clients consulted: different clients with at least one consultation of that kind held in the period.</source>
        <translation>Психологічні та юридичні консультації, проведені в дні звітного періоду. Первинна консультація — перша проведена консультація цього виду для клієнтки; наступні — повторні. Формат (очно, телефоном, онлайн) — як зазначено в записі. Клієнтки, що отримали консультацію, — різні клієнтки, яким у періоді проведено хоча б одну консультацію цього виду.</translation>
    </message>
    <message>
        <source>Consultation topics</source>
        <translation>Теми консультацій</translation>
    </message>
    <message>
        <source>Consultations held in the period by the topics recorded for them. A consultation may have several topics, so the rows do not add up to the consultations held.</source>
        <translation>Проведені у звітному періоді консультації за зазначеними темами. Консультація може мати кілька тем, тому сума рядків не дорівнює кількості проведених консультацій.</translation>
    </message>
    <message>
        <source>Appointments and no-shows</source>
        <translation>Записи на консультації та неявки</translation>
    </message>
    <message>
        <source>Consultations booked or logged for a day of the period, by what became of them: held, not attended (no-show: the client did not come and did not cancel), or cancelled. Appointments not yet marked are not counted.</source>
        <translation>Консультації, заплановані або внесені на дні звітного періоду, за тим, чим вони завершилися: проведено, неявка (клієнтка не прийшла й не скасувала запис) або скасовано. Записи, щодо яких ще немає позначки, не враховано.</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Курси</translation>
    </message>
    <message>
        <source>Enrolments: places on a course taken up in the period (enrolment date in the period); participants: different women among them. Completions and withdrawals: enrolments completed or withdrawn in the period. Sessions: course sessions held in the period.</source>
        <translation>Записи — місця на курсах, зайняті у звітному періоді (дата зарахування в періоді); учасниці — різні жінки серед них. Завершення та вибуття — записи, завершені або припинені в періоді. Заняття — заняття курсів, проведені в періоді.</translation>
    </message>
    <message>
        <source>Course attendance rate</source>
        <translation>Відвідуваність курсів</translation>
    </message>
    <message>
        <source>Attendance marks of course sessions held in the period that record the participant as present, as a percentage of all marks taken. Not shown when fewer than %1 participants were marked.</source>
        <translation>Частка позначок «присутня» серед усіх позначок відвідування занять курсів, проведених у звітному періоді, у відсотках. Не показано, якщо позначки мають менше ніж %1 учасниць.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Заходи</translation>
    </message>
    <message>
        <source>Information, educational and city events held in the period, by kind, with their attendance as recorded at each event (women, men, children).</source>
        <translation>Інформаційні, просвітницькі та міські заходи, проведені у звітному періоді, за видами, з кількістю учасників, зафіксованою на кожному заході (жінки, чоловіки, діти).</translation>
    </message>
    <message>
        <source>Partner organisations involved</source>
        <translation>Залучені організації-партнери</translation>
    </message>
    <message>
        <source>Different partner organisations that took part in an event of the period or sent or received a referral dated in the period.</source>
        <translation>Різні організації-партнери, які взяли участь у заході звітного періоду або надіслали чи отримали направлення, датоване цим періодом.</translation>
    </message>
    <message>
        <source>Shelter admissions</source>
        <translation>Поселення до притулку</translation>
    </message>
    <message>
        <source>Women admitted to the shelter on a day of the period (up to the day the report is made), by the body that referred them.</source>
        <translation>Жінки, поселені до притулку в дні звітного періоду (до дня складання звіту включно), за суб’єктом, який їх направив.</translation>
    </message>
    <message>
        <source>Departures from the shelter</source>
        <translation>Вибуття з притулку</translation>
    </message>
    <message>
        <source>Stays that ended on a day of the period, by where the woman went.</source>
        <translation>Перебування, що завершилися в дні звітного періоду, за тим, куди вибула жінка.</translation>
    </message>
    <message>
        <source>Women and children housed</source>
        <translation>Жінки та діти в притулку</translation>
    </message>
    <message>
        <source>Women who spent at least one night of the period in the shelter or were admitted to it in the period, and the children who stayed with them.</source>
        <translation>Жінки, які провели в притулку хоча б одну ніч звітного періоду або були поселені до нього в цьому періоді, і діти, які перебували разом із ними.</translation>
    </message>
    <message>
        <source>Bed-nights</source>
        <translation>Ліжко-дні</translation>
    </message>
    <message>
        <source>Nights of the period on which a shelter bed was held by a woman&apos;s stay: one woman for one night is one bed-night. Children share their mother&apos;s place and are not counted. Nights after the day the report is made are not counted.</source>
        <translation>Ночі звітного періоду, протягом яких ліжко в притулку було зайняте перебуванням жінки: одна жінка протягом однієї ночі — один ліжко-день. Діти перебувають на місці матері й окремо не враховуються. Ночі після дня складання звіту не враховано.</translation>
    </message>
    <message>
        <source>Mean occupancy</source>
        <translation>Середня заповненість</translation>
    </message>
    <message>
        <source>Bed-nights as a percentage of the bed-nights the shelter could offer: beds in use in the current layout times the nights of the period up to the day the report is made. Not shown when fewer than %1 women stayed in the shelter in the period (in the chart: in the month).</source>
        <translation>Ліжко-дні у відсотках від ліжко-днів, які міг надати притулок: кількість ліжок у поточному плануванні, помножена на кількість ночей періоду до дня складання звіту. Не показано, якщо в притулку в періоді (на діаграмі — у місяці) перебувало менше ніж %1 жінок.</translation>
    </message>
    <message>
        <source>Length of stay</source>
        <translation>Тривалість перебування</translation>
    </message>
    <message>
        <source>For the stays that ended in the period, the nights from admission to departure: their mean and median. Not shown when fewer than %1 stays ended in the period.</source>
        <translation>Для перебувань, що завершилися у звітному періоді, — кількість ночей від поселення до вибуття: середнє значення та медіана. Не показано, якщо в періоді завершилося менше ніж %1 перебувань.</translation>
    </message>
    <message>
        <source>Stay extensions</source>
        <translation>Продовження перебування</translation>
    </message>
    <message>
        <source>Extensions of the allowed stay recorded in the period, by reason (CMU Resolution No. 655 of 2018: a stay of up to three months, extendable to six).</source>
        <translation>Продовження дозволеного строку перебування, зафіксовані у звітному періоді, за причинами (постанова КМУ № 655 від 2018 року: перебування до трьох місяців із можливістю продовження до шести).</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Список очікування</translation>
    </message>
    <message>
        <source>Requests for a place in the shelter added to the waiting list in the period, and women still waiting on the last day of the period.</source>
        <translation>Звернення щодо місця в притулку, внесені до списку очікування у звітному періоді, та жінки, які ще очікували в останній день періоду.</translation>
    </message>
    <message>
        <source>Turn-aways</source>
        <translation>Відмови в поселенні</translation>
    </message>
    <message>
        <source>Women the shelter could not take in the period, by reason, and the children with them.</source>
        <translation>Жінки, яких притулок не зміг прийняти у звітному періоді, за причинами, та діти, які були з ними.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <source>Referrals dated in the period: of a client to the centre by another organisation (in), and by the centre to another organisation (out), by type of service.</source>
        <translation>Направлення, датовані звітним періодом: клієнтки до центру іншою організацією (вхідні) та центром до іншої організації (вихідні), за видом послуги.</translation>
    </message>
    <message>
        <source>Forms of violence disclosed</source>
        <translation>Повідомлені форми насильства</translation>
    </message>
    <message>
        <source>Different clients who disclosed each form of domestic violence named by the Law of Ukraine No. 2229-VIII in a disclosure recorded in the period. A client may disclose several forms, so the rows do not add up to the clients who disclosed.</source>
        <translation>Різні клієнтки, які повідомили про кожну з форм домашнього насильства, визначених Законом України № 2229-VIII, у повідомленні, зафіксованому у звітному періоді. Клієнтка може повідомити про кілька форм, тому сума рядків не дорівнює кількості клієнток, які повідомили про насильство.</translation>
    </message>
    <message>
        <source>Children affected</source>
        <translation>Постраждалих дітей</translation>
    </message>
    <message>
        <source>Children reported as affected by the violence in the disclosures recorded in the period, counted once per client (her largest figure of the period).</source>
        <translation>Діти, зазначені як постраждалі від насильства в повідомленнях, зафіксованих у звітному періоді; для кожної клієнтки враховано один раз (найбільше її число за період).</translation>
    </message>
    <message>
        <source>%1, quarter %2</source>
        <translation>%1, %2 квартал</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>January</source>
        <translation>січень</translation>
    </message>
    <message>
        <source>February</source>
        <translation>лютий</translation>
    </message>
    <message>
        <source>March</source>
        <translation>березень</translation>
    </message>
    <message>
        <source>April</source>
        <translation>квітень</translation>
    </message>
    <message>
        <source>May</source>
        <translation>травень</translation>
    </message>
    <message>
        <source>June</source>
        <translation>червень</translation>
    </message>
    <message>
        <source>July</source>
        <translation>липень</translation>
    </message>
    <message>
        <source>August</source>
        <translation>серпень</translation>
    </message>
    <message>
        <source>September</source>
        <translation>вересень</translation>
    </message>
    <message>
        <source>October</source>
        <translation>жовтень</translation>
    </message>
    <message>
        <source>November</source>
        <translation>листопад</translation>
    </message>
    <message>
        <source>December</source>
        <translation>грудень</translation>
    </message>
    <message>
        <source>Choose a quarter from 1 to 4.</source>
        <translation>Оберіть квартал від 1 до 4.</translation>
    </message>
    <message>
        <source>The date is too far in the future.</source>
        <translation>Дата надто далеко в майбутньому.</translation>
    </message>
    <message>
        <source>A report covers at most ten years.</source>
        <translation>Звіт охоплює щонайбільше десять років.</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD or DD.MM.YYYY, for example 2026-03-31.</source>
        <translation>Введіть дату у форматі РРРР-ММ-ДД або ДД.ММ.РРРР, наприклад 2026-03-31.</translation>
    </message>
    <message>
        <source>Enter a year from 1900 to 2200.</source>
        <translation>Введіть рік від 1900 до 2200.</translation>
    </message>
    <message>
        <source>Choose a month from 1 to 12.</source>
        <translation>Оберіть місяць від 1 до 12.</translation>
    </message>
    <message>
        <source>The period has not begun yet.</source>
        <translation>Звітний період ще не почався.</translation>
    </message>
    <message>
        <source>Choose Ukrainian or English.</source>
        <translation>Оберіть українську або англійську мову.</translation>
    </message>
    <message>
        <source>Rooms, beds and places</source>
        <translation>Кімнати, ліжка й місця</translation>
    </message>
    <message>
        <source>Rooms and beds of the site in use when the summary is made, and the women and children its rooms can hold together.</source>
        <translation>Кімнати й ліжка підрозділу, що використовуються на час складання звіту, і скільки жінок і дітей разом можуть вмістити його кімнати.</translation>
    </message>
    <message>
        <source>Events, courses and sessions</source>
        <translation>Заходи, курси й заняття</translation>
    </message>
    <message>
        <source>Events held at the site in the period, by kind; courses held at the site that ran on a day of the period, and their sessions held in the period. Numbers of events and sessions, not of people.</source>
        <translation>Заходи, проведені в підрозділі за період, за видами; курси підрозділу, що тривали хоча б один день періоду, і їхні заняття, проведені за період. Кількість заходів і занять, а не людей.</translation>
    </message>
    <message>
        <source>Rooms in use</source>
        <translation>Кімнати у використанні</translation>
    </message>
    <message>
        <source>Beds in use</source>
        <translation>Ліжка у використанні</translation>
    </message>
    <message>
        <source>Places (women and children)</source>
        <translation>Місця (жінки й діти)</translation>
    </message>
    <message>
        <source>Courses held</source>
        <translation>Проведені курси</translation>
    </message>
    <message>
        <source>Events held by kind</source>
        <translation>Проведені заходи за видами</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Kyiv City Centre for Work with Women and its Shelter</source>
        <translation>Київський міський центр роботи з жінками та притулок</translation>
    </message>
    <message>
        <source>The summary of one site shows only counts that identify nobody: rooms, beds and places, events, courses and sessions held. Counts of people served, admitted or housed are published for all sites together only, where they are protected: next to the summary of all sites, a site&apos;s count of people would give away the count of the other sites.</source>
        <translation>Звіт одного підрозділу показує лише числа, що нікого не ідентифікують: кімнати, ліжка й місця, проведені заходи, курси й заняття. Кількість людей, яким надано послуги, яких прийнято чи поселено, публікується лише для всіх підрозділів разом, де вона захищена: поруч зі звітом усіх підрозділів число людей одного підрозділу видало б число інших.</translation>
    </message>
    <message>
        <source>Every count from 1 to %1 is shown as “&lt;%2”. Further counts, each at least %2, are hidden (“×”) so that no hidden count can be worked out from the totals, from other cells or from other tables of this report: for every count shown as “&lt;%2”, at least two values agree with everything the report shows. Means, medians and percentages over fewer than %3 people are not shown (“—”). Categories with few people (disability, pregnancy, veteran status) are broken down by age only when no count of the breakdown is hidden. A table whose small counts cannot be protected in this way is not published.</source>
        <translation>Кожну кількість від 1 до %1 показано як «&lt;%2». Ще деякі кількості, кожна не менша за %2, приховано («×»), щоб жодну приховану кількість не можна було обчислити з підсумків, інших клітинок чи інших таблиць цього звіту: для кожної кількості, показаної як «&lt;%2», з усім, що містить звіт, узгоджуються щонайменше два значення. Середні значення, медіани та відсотки, обчислені для менш ніж %3 осіб, не показано («—»). Нечисленні категорії (інвалідність, вагітність, статус ветеранки) розподілено за віком лише тоді, коли жодне число розподілу не приховано. Таблицю, малі числа якої неможливо так захистити, не оприлюднено.</translation>
    </message>
    <message>
        <source>Not published for this period: %1.</source>
        <translation>За цей період не оприлюднено: %1.</translation>
    </message>
    <message>
        <source>Cases (case management)</source>
        <translation>Випадки (ведення випадку)</translation>
    </message>
    <message>
        <source>A case is opened for a client whose needs are assessed and who gets an individual plan. Opened: cases opened in the period (a reopened case counts again). Open: cases open on at least one day of the period. Closed: cases closed in the period, by the reason recorded at closure.</source>
        <translation>Випадок відкривають для клієнтки, чиї потреби оцінюють і для якої складають індивідуальний план. Відкрито: випадки, відкриті в періоді (відновлений випадок рахується знову). Відкриті: випадки, відкриті хоча б один день періоду. Закрито: випадки, закриті в періоді, за причиною, вказаною під час закриття.</translation>
    </message>
    <message>
        <source>Case workers&apos; services</source>
        <translation>Послуги фахівчинь із ведення випадку</translation>
    </message>
    <message>
        <source>Different clients who received the service from a case worker in the period, by the state classifier of social services (Order of the Ministry of Social Policy No. 429 of 2020). A client may receive several services.</source>
        <translation>Різні клієнтки, які отримали послугу від фахівчині в періоді, за Класифікатором соціальних послуг (наказ Мінсоцполітики № 429 від 2020 року). Клієнтка може отримати кілька послуг.</translation>
    </message>
    <message>
        <source>Median case length</source>
        <translation>Медіанна тривалість випадку</translation>
    </message>
    <message>
        <source>The median number of days from opening to closing of the cases closed in the period; shown only when at least %1 cases were closed.</source>
        <translation>Медіанна кількість днів від відкриття до закриття випадків, закритих у періоді; показується, лише коли закрито щонайменше %1 випадків.</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>Відкрито випадків</translation>
    </message>
    <message>
        <source>Cases open in the period</source>
        <translation>Відкритих випадків у періоді</translation>
    </message>
    <message>
        <source>Cases closed</source>
        <translation>Закрито випадків</translation>
    </message>
    <message>
        <source>Cases closed by reason</source>
        <translation>Закриті випадки за причиною</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Причина закриття</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Випадки</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <source>Case workers&apos; services by classifier code</source>
        <translation>Послуги фахівчинь за кодом класифікатора</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <source>Median case length, days</source>
        <translation>Медіанна тривалість випадку, днів</translation>
    </message>
    <message>
        <source>Cases opened and closed by group</source>
        <translation>Відкриті та закриті випадки за групою</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Відкрито</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрито</translation>
    </message>
    <message>
        <source>Age not recorded</source>
        <translation>Вік не зазначено</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Нові клієнти</translation>
    </message>
    <message>
        <source>Returning clients</source>
        <translation>Повторні звернення</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Вікова група</translation>
    </message>
    <message>
        <source>District of Kyiv</source>
        <translation>Район міста Києва</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Psychological</source>
        <translation>Психологічні</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Юридичні</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>First consultation</source>
        <translation>Первинна консультація</translation>
    </message>
    <message>
        <source>Repeat consultation</source>
        <translation>Повторна консультація</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Консультації</translation>
    </message>
    <message>
        <source>What became of the appointment</source>
        <translation>Чим завершився запис</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Вид заходу</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Жінки</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Чоловіки</translation>
    </message>
    <message>
        <source>Courses and events by aim</source>
        <translation>Курси та заходи за метою</translation>
    </message>
    <message>
        <source>Each course and event is recorded with the aim it serves: the aims the State Strategy for equal rights of women and men names for educational work (gender culture, overcoming stereotypes, non-discrimination, responsible parenthood, the 16 days against violence campaign) or the centre&apos;s own (economic empowerment, preventing violence, legal literacy, digital skills). Courses: courses whose dates overlap the period. Sessions and events: held in the period. Participants: different clients enrolled in the period (a client on courses of two aims counts under both). Attendees: the head counts recorded for the events.</source>
        <translation>Для кожного курсу й заходу записують мету, якій він служить: напрями просвітницької роботи, які називає Державна стратегія забезпечення рівних прав та можливостей жінок і чоловіків (ґендерна культура, подолання стереотипів, недискримінація, відповідальне батьківство, кампанія «16 днів проти насильства»), або власні напрями Центру (економічне розширення можливостей, запобігання насильству, правова грамотність, цифрові навички). Курси: курси, дати яких перетинаються з періодом. Заняття та заходи: проведені в періоді. Учасники: різні клієнти, записані на курси в періоді (клієнт на курсах двох напрямів рахується в обох). Учасники заходів: кількість присутніх, записана для заходів.</translation>
    </message>
    <message>
        <source>Course participants by group</source>
        <translation>Учасники курсів за групою</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>Мета</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Проведено занять</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Діти</translation>
    </message>
    <message>
        <source>All attendees</source>
        <translation>Усього учасників</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Хто направив</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>Поселення</translation>
    </message>
    <message>
        <source>Where she went</source>
        <translation>Куди вибула</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>Вибуття</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Продовження</translation>
    </message>
    <message>
        <source>Type of service</source>
        <translation>Вид послуги</translation>
    </message>
    <message>
        <source>Form of violence</source>
        <translation>Форма насильства</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>People served by age band</source>
        <translation>Отримувачі послуг за віковими групами</translation>
    </message>
    <message>
        <source>People served by district</source>
        <translation>Отримувачі послуг за районами Києва</translation>
    </message>
    <message>
        <source>People served by category</source>
        <translation>Отримувачі послуг за категоріями</translation>
    </message>
    <message>
        <source>People served by category and age band</source>
        <translation>Отримувачі послуг за категоріями та віковими групами</translation>
    </message>
    <message>
        <source>Consultations held by format</source>
        <translation>Проведені консультації за форматом</translation>
    </message>
    <message>
        <source>First and repeat consultations</source>
        <translation>Первинні та повторні консультації</translation>
    </message>
    <message>
        <source>Appointments: held, no-shows and cancellations</source>
        <translation>Записи на консультації: проведені, неявки та скасування</translation>
    </message>
    <message>
        <source>Psychological consultations by topic</source>
        <translation>Психологічні консультації за темами</translation>
    </message>
    <message>
        <source>Legal consultations by topic</source>
        <translation>Юридичні консультації за темами</translation>
    </message>
    <message>
        <source>Clients who had a psychological consultation</source>
        <translation>Клієнти, які отримали психологічну консультацію</translation>
    </message>
    <message>
        <source>Clients who had a legal consultation</source>
        <translation>Клієнти, які отримали юридичну консультацію</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Неявки</translation>
    </message>
    <message>
        <source>Consultations held per month</source>
        <translation>Проведені консультації за місяцями</translation>
    </message>
    <message>
        <source>consultations</source>
        <translation>консультацій</translation>
    </message>
    <message>
        <source>Course enrolments</source>
        <translation>Записи на курси</translation>
    </message>
    <message>
        <source>Course participants</source>
        <translation>Учасниці курсів</translation>
    </message>
    <message>
        <source>Course completions</source>
        <translation>Завершили курс</translation>
    </message>
    <message>
        <source>Course withdrawals</source>
        <translation>Вибули з курсу</translation>
    </message>
    <message>
        <source>Course sessions held</source>
        <translation>Проведені заняття курсів</translation>
    </message>
    <message>
        <source>Events and their attendance</source>
        <translation>Заходи та їх учасники</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Проведені заходи</translation>
    </message>
    <message>
        <source>Event attendance</source>
        <translation>Учасники заходів</translation>
    </message>
    <message>
        <source>Shelter admissions by referring body</source>
        <translation>Поселення до притулку за суб’єктом направлення</translation>
    </message>
    <message>
        <source>Departures from the shelter by outcome</source>
        <translation>Вибуття з притулку за наслідком</translation>
    </message>
    <message>
        <source>Stay extensions by reason</source>
        <translation>Продовження перебування за причинами</translation>
    </message>
    <message>
        <source>Turn-aways by reason</source>
        <translation>Відмови в поселенні за причинами</translation>
    </message>
    <message>
        <source>Women housed</source>
        <translation>Жінок у притулку</translation>
    </message>
    <message>
        <source>Children housed</source>
        <translation>Дітей у притулку</translation>
    </message>
    <message>
        <source>Mean length of stay, nights</source>
        <translation>Середня тривалість перебування, ночей</translation>
    </message>
    <message>
        <source>Median length of stay, nights</source>
        <translation>Медіанна тривалість перебування, ночей</translation>
    </message>
    <message>
        <source>Added to the waiting list</source>
        <translation>Внесено до списку очікування</translation>
    </message>
    <message>
        <source>Still waiting at the end of the period</source>
        <translation>Очікували на кінець періоду</translation>
    </message>
    <message>
        <source>Children turned away</source>
        <translation>Дітей, яким відмовлено в поселенні</translation>
    </message>
    <message>
        <source>Shelter occupancy per month</source>
        <translation>Заповненість притулку за місяцями</translation>
    </message>
    <message>
        <source>% of beds</source>
        <translation>% ліжок</translation>
    </message>
    <message>
        <source>Referrals by type of service</source>
        <translation>Направлення за видом послуги</translation>
    </message>
    <message>
        <source>Clients who disclosed violence</source>
        <translation>Клієнти, які повідомили про насильство</translation>
    </message>
    <message>
        <source>The report could not be written there (the folder is missing or not writable); nothing was written.</source>
        <translation>Звіт не вдалося записати туди (теки немає або до неї не можна писати); нічого не записано.</translation>
    </message>
    <message>
        <source>Children served with their families</source>
        <translation>Діти, які отримали послуги разом із родиною</translation>
    </message>
    <message>
        <source>Children recorded with a parent or guardian who is a client (not clients themselves) who spent a night of the period in the shelter or had a session with a psychologist in it. Children who are clients are counted among the people served, as children (under 18 in the year the period starts).</source>
        <translation>Діти, записані з батьком, матір’ю чи опікуном-клієнтом (самі не клієнти), які провели хоча б одну ніч періоду в притулку або мали в ньому сеанс із психологинею. Діти, які самі є клієнтами, враховані серед осіб, які отримали послуги, як діти (молодші 18 років у році початку періоду).</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <source>Anonymous contacts (hotline calls, walk-ins, online and mobile-brigade contacts) logged in the period, by channel. Each contact is counted, not each person; no name is asked.</source>
        <translation>Анонімні звернення (дзвінки на гарячу лінію, особисті, онлайн-звернення та звернення до мобільної бригади), записані в періоді, за каналом. Рахується кожне звернення, а не кожна особа; ім’я не запитують.</translation>
    </message>
    <message>
        <source>Sex not recorded</source>
        <translation>Стать не записано</translation>
    </message>
    <message>
        <source>Children (under 18)</source>
        <translation>Діти (до 18 років)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>People served by group</source>
        <translation>Особи, які отримали послуги, за групою</translation>
    </message>
    <message>
        <source>Appeals by channel (anonymous contacts included)</source>
        <translation>Звернення за каналом (з анонімними)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Women by form and context of the violence</source>
        <translation>Жінки за формою та контекстом насильства</translation>
    </message>
    <message>
        <source>Women by form of violence and age band</source>
        <translation>Жінки за формою насильства та віковою групою</translation>
    </message>
    <message>
        <source>Women by the alleged perpetrator&apos;s relationship</source>
        <translation>Жінки за тим, ким їм доводиться імовірний кривдник</translation>
    </message>
    <message>
        <source>Relationship to her</source>
        <translation>Ким доводиться їй</translation>
    </message>
    <message>
        <source>Protection orders</source>
        <translation>Приписи</translation>
    </message>
    <message>
        <source>Kind of order</source>
        <translation>Вид припису</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Винесено</translation>
    </message>
    <message>
        <source>Violated</source>
        <translation>Порушено</translation>
    </message>
    <message>
        <source>Notifications made within 24 hours</source>
        <translation>Повідомлення, зроблені протягом 24 годин</translation>
    </message>
    <message>
        <source>Clients with a consultation by group</source>
        <translation>Клієнти з проведеною консультацією за групою</translation>
    </message>
    <message>
        <source>Clients who disclosed violence by group</source>
        <translation>Клієнти, які повідомили про насильство, за групою</translation>
    </message>
    <message>
        <source>Appeals about domestic violence</source>
        <translation>Звернення щодо домашнього насильства</translation>
    </message>
    <message>
        <source>The indicator of the State Strategy for equal rights and opportunities of women and men (CMU Order No. 752-р of 2022, operational plan 2025–2027): anonymous contacts logged in the period for which a form of violence was recorded, and of them those whose caller was recorded as a woman.</source>
        <translation>Показник Державної стратегії забезпечення рівних прав та можливостей жінок і чоловіків (розпорядження КМУ № 752-р від 2022 року, операційний план на 2025–2027 роки): анонімні звернення, зареєстровані за період, для яких зазначено форму насильства, і з них ті, де звернулася жінка.</translation>
    </message>
    <message>
        <source>%1, half-year %2</source>
        <translation>%1, %2 півріччя</translation>
    </message>
    <message>
        <source>Choose the first or the second half-year.</source>
        <translation>Оберіть перше або друге півріччя.</translation>
    </message>
    <message>
        <source>A report covers a whole month, quarter, half-year or year, for example 2026-03, 2026-Q1, 2026-H1 or 2026.</source>
        <translation>Звіт охоплює цілий місяць, квартал, півріччя або рік, наприклад 2026-03, 2026-Q1, 2026-H1 або 2026.</translation>
    </message>
    <message>
        <source>Name the period as 2026-03 (a month), 2026-Q1, 2026-H1 or 2026.</source>
        <translation>Укажіть період як 2026-03 (місяць), 2026-Q1, 2026-H1 або 2026.</translation>
    </message>
    <message>
        <source>The period has not ended yet: its report can be exported from %1 on, when its figures no longer change.</source>
        <translation>Період ще не закінчився: звіт за нього можна експортувати з %1, коли його показники вже не змінюватимуться.</translation>
    </message>
    <message>
        <source>%1 further counts are hidden because earlier exports of this or an overlapping period showed or hid them: compared with those, they would reveal fewer than %2 people.</source>
        <translation>Ще %1 кількостей приховано, бо попередні експорти цього або перехресного періоду їх показали чи приховали: у порівнянні з ними вони розкрили б менше ніж %2 осіб.</translation>
    </message>
    <message>
        <source>The file name must end in .pdf, .csv or .json.</source>
        <translation>Назва файлу має закінчуватися на .pdf, .csv або .json.</translation>
    </message>
    <message>
        <source>This report cannot be protected together with the report of %1 exported on %2 (%3): read side by side, they would reveal a count of fewer than k people. Choose a longer period that contains both, or use that report.</source>
        <translation>Цей звіт неможливо захистити разом зі звітом за %1, експортованим %2 (%3): прочитані поруч, вони розкрили б кількість менше ніж k осіб. Оберіть довший період, що містить обидва, або скористайтеся тим звітом.</translation>
    </message>
    <message>
        <source>The figures of this period changed after it was exported on %1 (%2, %3): a second, different release of the same period would let the change be worked out. Use the file released then (the register keeps its SHA-256).</source>
        <translation>Показники цього періоду змінилися після його експорту %1 (%2, %3): другий, інший випуск того самого періоду дозволив би обчислити зміну. Скористайтеся файлом, випущеним тоді (реєстр зберігає його SHA-256).</translation>
    </message>
    <message>
        <source>Give at least two JSON summaries to consolidate.</source>
        <translation>Для зведення вкажіть щонайменше два звіти JSON.</translation>
    </message>
    <message>
        <source>%1 is not a readable JSON summary.</source>
        <translation>%1 не є читабельним звітом JSON.</translation>
    </message>
    <message>
        <source>%1 is not a summary of schema version %2.</source>
        <translation>%1 не є звітом схеми версії %2.</translation>
    </message>
    <message>
        <source>%1 is the summary of one site: add up the summaries of whole centres (all their sites).</source>
        <translation>%1 — звіт одного підрозділу: додавайте звіти цілих центрів (усіх їхніх підрозділів).</translation>
    </message>
    <message>
        <source>%1 covers another period than %2: only one period can be added up.</source>
        <translation>%1 охоплює інший період, ніж %2: додавати можна лише один період.</translation>
    </message>
    <message>
        <source>%1 was protected with k = %2, %3 with k = %4: k must be the same.</source>
        <translation>%1 захищено з k = %2, %3 — з k = %4: k має бути однаковим.</translation>
    </message>
    <message>
        <source>%1 is in another language than %2: export all in one language.</source>
        <translation>%1 іншою мовою, ніж %2: експортуйте всі однією мовою.</translation>
    </message>
    <message>
        <source>City-wide summary of %1 reports</source>
        <translation>Міський зведений звіт за %1 звітами</translation>
    </message>
    <message>
        <source>consolidation</source>
        <translation>зведення</translation>
    </message>
    <message>
        <source>Each figure is the sum of the same figure in every consolidated report. A sum that includes a figure hidden in any report is hidden (“×”) and given neither as a number nor as a range: read beside the reports themselves, a range would narrow their hidden counts. Sums of shown figures add numbers already published, each 0 or at least %1. Means, medians and percentages cannot be added up and are not shown (“—”). A table not published by every report is left out.</source>
        <translation>Кожен показник — сума того самого показника в усіх зведених звітах. Суму, що містить показник, прихований хоча б в одному звіті, приховано («×») і не подано ні числом, ні діапазоном: прочитаний поруч із самими звітами, діапазон звузив би їхні приховані кількості. Суми показаних показників додають уже опубліковані числа, кожне 0 або щонайменше %1. Середні, медіани й відсотки не можна додавати, їх не показано («—»). Таблицю, яку опублікували не всі звіти, пропущено.</translation>
    </message>
    <message>
        <source>Appeals about domestic violence (State Strategy indicator)</source>
        <translation>Звернення щодо домашнього насильства (показник Державної стратегії)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <source>About domestic violence</source>
        <translation>Щодо домашнього насильства</translation>
    </message>
    <message>
        <source>of them from women</source>
        <translation>з них від жінок</translation>
    </message>
    <message>
        <source>of them from men or callers of unrecorded sex</source>
        <translation>з них від чоловіків або осіб, стать яких не зазначено</translation>
    </message>
    <message>
        <source>Services by classifier code</source>
        <translation>Послуги за класифікатором</translation>
    </message>
    <message>
        <source>Services of the period under the state classifier of social services (Order of the Ministry of Social Policy No. 429 of 2020). Counselling: psychological and legal consultations held, the case worker&apos;s counselling and the counselling of anonymous contacts; provision of shelter: stays with a night in the period; social adaptation: course enrolments; social prevention: events held; informing and crisis intervention: the case worker&apos;s services and the help given in anonymous contacts. People: different clients, plus each anonymous contact and event attendee (they cannot be told apart). Services: consultations, stays, the case worker&apos;s services, enrolments, contacts and events. Only the numbers 001.0 and 002.0 could be checked against the order; the other services are named without a number.</source>
        <translation>Послуги періоду за державним Класифікатором соціальних послуг (наказ Мінсоцполітики № 429 від 2020 року). Консультування: проведені психологічні та юридичні консультації, консультування фахівчинею із соціальної роботи та під час анонімних звернень; надання притулку: перебування з ночівлею в періоді; соціальна адаптація: записи на курси; соціальна профілактика: проведені заходи; інформування та кризове втручання: послуги фахівчині із соціальної роботи та допомога під час анонімних звернень. Осіб: різні клієнти, а також кожне анонімне звернення й кожен учасник заходу (їх неможливо розрізнити). Послуг: консультації, перебування, послуги фахівчині, записи на курси, звернення та заходи. З наказом вдалося звірити лише коди 001.0 і 002.0; інші послуги названо без коду.</translation>
    </message>
    <message>
        <source>Service (classifier code)</source>
        <translation>Послуга (код за класифікатором)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Осіб</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Послуг</translation>
    </message>
    <message>
        <source>psychological consultations</source>
        <translation>психологічні консультації</translation>
    </message>
    <message>
        <source>legal consultations</source>
        <translation>юридичні консультації</translation>
    </message>
    <message>
        <source>by the case worker</source>
        <translation>фахівчинею із соціальної роботи</translation>
    </message>
    <message>
        <source>in anonymous contacts</source>
        <translation>під час анонімних звернень</translation>
    </message>
    <message>
        <source>shelter stays</source>
        <translation>перебування в Притулку</translation>
    </message>
    <message>
        <source>course enrolments</source>
        <translation>записи на курси</translation>
    </message>
    <message>
        <source>events held</source>
        <translation>проведені заходи</translation>
    </message>
</context>
<context>
    <name>reports_csv</name>
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
        <source>Disclosure threshold (k)</source>
        <translation>Поріг розкриття (k)</translation>
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
        <source>Unit</source>
        <translation>Одиниця</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Indicator definitions</source>
        <translation>Визначення показників</translation>
    </message>
    <message>
        <source>How figures were protected</source>
        <translation>Як захищено дані</translation>
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
    <name>reports_ui</name>
    <message>
        <source>A count from 1 to %1: not shown, so that nobody can be recognised.</source>
        <translation>Число від 1 до %1: не показано, щоб нікого не можна було впізнати.</translation>
    </message>
    <message>
        <source>Hidden as well, so that a small count cannot be worked out from the totals.</source>
        <translation>Теж приховано, щоб мале число не можна було обчислити з підсумків.</translation>
    </message>
    <message>
        <source>Not shown: it would rest on fewer than %1 people.</source>
        <translation>Не показано: показник спирався б на менш ніж %1 осіб.</translation>
    </message>
    <message>
        <source>People served</source>
        <translation>Отримувачі послуг</translation>
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
        <source>Referrals and violence</source>
        <translation>Направлення і насильство</translation>
    </message>
    <message>
        <source>Other figures</source>
        <translation>Інші показники</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Визначення</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Помісячно</translation>
    </message>
    <message>
        <source>Marks:</source>
        <translation>Позначки:</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Українська</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Англійська</translation>
    </message>
    <message>
        <source>%1 · disclosure threshold k = %2 · report in %3. This is what an export of these settings will contain.</source>
        <translation>%1 · поріг розкриття k = %2 · мова звіту: %3. Саме це міститиме експорт із цими параметрами.</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Основні показники</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Таблиці</translation>
    </message>
    <message>
        <source>How the figures are protected</source>
        <translation>Як захищено показники</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Half-year (report to the Ministry)</source>
        <translation>Півріччя (звіт до Міністерства)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Рік</translation>
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
    <name>risk_dialogs</name>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>administrator</source>
        <translation>адміністраторка</translation>
    </message>
    <message>
        <source>head of the centre</source>
        <translation>керівниця центру</translation>
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
    <message>
        <source>trainer</source>
        <translation>тренерка</translation>
    </message>
    <message>
        <source>hotline operator</source>
        <translation>операторка гарячої лінії</translation>
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
    <name>server_check</name>
    <message>
        <source>Type the server&apos;s host name.</source>
        <translation>Введіть ім’я хоста сервера.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>Порт — це число від 1 до 65535.</translation>
    </message>
    <message>
        <source>Type the database&apos;s name.</source>
        <translation>Введіть назву бази даних.</translation>
    </message>
    <message>
        <source>Type the installation&apos;s role.</source>
        <translation>Введіть роль сервера для цієї установки.</translation>
    </message>
    <message>
        <source>A host name is a name like db.centre.local or an IP address.</source>
        <translation>Ім’я хоста — це назва на кшталт db.centre.local або IP-адреса.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was made for another host name: type the name written in the certificate.</source>
        <translation>Сертифікат сервера видано на інше ім’я хоста: введіть ім’я, записане в сертифікаті.</translation>
    </message>
    <message>
        <source>The centre&apos;s CA certificate file was not found: choose it under CA certificate.</source>
        <translation>Файл кореневого сертифіката центру не знайдено: оберіть його в полі «Кореневий сертифікат».</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by the centre&apos;s CA certificate chosen here.</source>
        <translation>Сертифікат сервера не підписано кореневим сертифікатом центру, обраним тут.</translation>
    </message>
    <message>
        <source>The server does not offer TLS (ssl = on).</source>
        <translation>Сервер не пропонує TLS (ssl = on).</translation>
    </message>
    <message>
        <source>The server did not accept the role&apos;s password: check the line for this server in this user&apos;s .pgpass file (pgpass.conf on Windows).</source>
        <translation>Сервер не прийняв пароль ролі: перевірте рядок цього сервера у файлі .pgpass цього користувача (pgpass.conf у Windows).</translation>
    </message>
    <message>
        <source>The server&apos;s rules (pg_hba.conf) do not let this role reach this database from this computer.</source>
        <translation>Правила сервера (pg_hba.conf) не пускають цю роль до цієї бази даних з цього комп’ютера.</translation>
    </message>
    <message>
        <source>There is no such database or role on the server.</source>
        <translation>На сервері немає такої бази даних або ролі.</translation>
    </message>
    <message>
        <source>Nothing answered at this host and port: check the name, the network and that the server is running.</source>
        <translation>За цим хостом і портом ніхто не відповів: перевірте ім’я, мережу і те, що сервер працює.</translation>
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
        <translation>Це ліжко зайняте або заброньоване на одну з ночей цього перебування; оберіть інше ліжко.</translation>
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
        <translation>Це ліжко зайняте або заброньоване на одну з ночей від цієї дати; оберіть інше ліжко.</translation>
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
        <source>A child is listed twice.</source>
        <translation>Дитину вказано двічі.</translation>
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
        <source>There is no space for her and her children in this room (places in the room: %1); choose a bed in another room.</source>
        <translation>У цій кімнаті немає місця для неї та її дітей (місць у кімнаті: %1); оберіть ліжко в іншій кімнаті.</translation>
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
    <name>sites</name>
    <message>
        <source>centre</source>
        <translation>центр</translation>
    </message>
    <message>
        <source>shelter</source>
        <translation>притулок</translation>
    </message>
    <message>
        <source>No such site.</source>
        <translation>Такого підрозділу немає.</translation>
    </message>
    <message>
        <source>No site has this code.</source>
        <translation>Немає підрозділу з таким кодом.</translation>
    </message>
    <message>
        <source>The last site in use cannot be closed.</source>
        <translation>Не можна закрити останній діючий підрозділ.</translation>
    </message>
    <message>
        <source>Someone is staying at this site or is booked into it; move her or record her departure first.</source>
        <translation>У цьому підрозділі хтось живе або має бронь; спершу переведіть її або запишіть вибуття.</translation>
    </message>
    <message>
        <source>A site&apos;s code is letters and digits, parts joined by hyphens.</source>
        <translation>Код підрозділу — це літери й цифри, частини з’єднані дефісом.</translation>
    </message>
    <message>
        <source>A site with this name already exists.</source>
        <translation>Підрозділ із такою назвою вже є.</translation>
    </message>
    <message>
        <source>A site with this code already exists.</source>
        <translation>Підрозділ із таким кодом уже є.</translation>
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
        <source>The text contains an invalid character.</source>
        <translation>Текст містить недопустимий символ.</translation>
    </message>
    <message>
        <source>The text contains a control or text-direction character; remove it (it may have come with pasted text).</source>
        <translation>Текст містить керівний символ або символ напрямку тексту; вилучіть його (він міг потрапити з уставленим текстом).</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Оберіть значення зі списку.</translation>
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
        <source>The date is too far in the future.</source>
        <translation>Дата надто далеко в майбутньому.</translation>
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
    <message>
        <source>It is built on a common word, name or place, which is guessed first.</source>
        <translation>Він складений із поширеного слова, імені чи назви місця, які вгадують першими.</translation>
    </message>
    <message>
        <source>It contains a run such as 12345, abcde or qwerty.</source>
        <translation>Він містить послідовність на кшталт 12345, abcde чи qwerty.</translation>
    </message>
    <message>
        <source>It repeats the same characters.</source>
        <translation>Він повторює ті самі символи.</translation>
    </message>
    <message>
        <source>It contains a date or a year.</source>
        <translation>Він містить дату або рік.</translation>
    </message>
    <message>
        <source>It is built on a common password or word, which is guessed first.</source>
        <translation>Він складений із поширеного пароля чи слова, які вгадують першими.</translation>
    </message>
    <message>
        <source>It is too easy to guess.</source>
        <translation>Його надто легко вгадати.</translation>
    </message>
    <message>
        <source>This password is too weak.</source>
        <translation>Цей пароль надто слабкий.</translation>
    </message>
    <message>
        <source>Use a few unrelated words, or add more characters of your own.</source>
        <translation>Використайте кілька не пов’язаних між собою слів або додайте більше власних символів.</translation>
    </message>
</context>
<context>
    <name>violence</name>
    <message>
        <source>Choose a period of one day to one year, its end after its start.</source>
        <translation>Оберіть період від одного дня до року, кінець — після початку.</translation>
    </message>
    <message>
        <source>Violence details can be recorded only with her consent to processing violence and health details, valid on that date. Record her consent first.</source>
        <translation>Відомості про насильство можна записати лише з її згодою на обробку відомостей про насильство і здоров’я, чинною на цю дату. Спершу запишіть її згоду.</translation>
    </message>
    <message>
        <source>This child is not recorded with her.</source>
        <translation>Ця дитина не записана як її дитина.</translation>
    </message>
    <message>
        <source>For each child named, say whether she or he witnessed it or was harmed.</source>
        <translation>Для кожної названої дитини вкажіть, чи вона була свідком, чи зазнала шкоди.</translation>
    </message>
    <message>
        <source>No such incident.</source>
        <translation>Такого випадку немає.</translation>
    </message>
    <message>
        <source>No such person among hers.</source>
        <translation>Серед її кривдників такої особи немає.</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Оберіть «так» або «ні».</translation>
    </message>
    <message>
        <source>Choose at least one form of violence.</source>
        <translation>Оберіть хоча б одну форму насильства.</translation>
    </message>
    <message>
        <source>The period cannot end before it begins.</source>
        <translation>Період не може закінчитися раніше, ніж почався.</translation>
    </message>
    <message>
        <source>Enter how many children witnessed or suffered the violence.</source>
        <translation>Укажіть, скільки дітей були свідками насильства чи постраждали від нього.</translation>
    </message>
    <message>
        <source>The appeal time must be on the day of the disclosure and not in the future.</source>
        <translation>Час звернення має бути в день розповіді і не в майбутньому.</translation>
    </message>
    <message>
        <source>The time cannot be in the future.</source>
        <translation>Час не може бути в майбутньому.</translation>
    </message>
    <message>
        <source>No such notification.</source>
        <translation>Такого повідомлення немає.</translation>
    </message>
    <message>
        <source>This notification is already recorded.</source>
        <translation>Це повідомлення вже записано.</translation>
    </message>
    <message>
        <source>The notification cannot be before the appeal.</source>
        <translation>Повідомлення не може бути раніше за звернення.</translation>
    </message>
    <message>
        <source>An order cannot start before it was issued.</source>
        <translation>Припис не може діяти раніше, ніж його винесли.</translation>
    </message>
    <message>
        <source>The order cannot end before it starts.</source>
        <translation>Припис не може закінчитися раніше, ніж почав діяти.</translation>
    </message>
    <message>
        <source>Only a restraining order can be extended; record a new urgent barring order instead.</source>
        <translation>Продовжити можна лише обмежувальний припис; натомість запишіть новий терміновий заборонний припис.</translation>
    </message>
    <message>
        <source>The extension cannot be before the order was issued.</source>
        <translation>Продовження не може бути раніше, ніж припис винесли.</translation>
    </message>
    <message>
        <source>The new end must be after the order&apos;s current end.</source>
        <translation>Новий кінець має бути пізніше за теперішній.</translation>
    </message>
    <message>
        <source>The order was not in force on that date.</source>
        <translation>Цього дня припис не діяв.</translation>
    </message>
    <message>
        <source>An urgent barring order lasts at most 10 days.</source>
        <translation>Терміновий заборонний припис діє не довше 10 днів.</translation>
    </message>
    <message>
        <source>A restraining order lasts at most six months at a time.</source>
        <translation>Обмежувальний припис діє щоразу не довше шести місяців.</translation>
    </message>
    <message>
        <source>No such order.</source>
        <translation>Такого припису немає.</translation>
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
        <source>Conflict-related sexual violence</source>
        <translation>Сексуальне насильство, пов’язане з конфліктом</translation>
    </message>
    <message>
        <source>Sexual harassment</source>
        <translation>Сексуальні домагання</translation>
    </message>
    <message>
        <source>Trafficking in human beings</source>
        <translation>Торгівля людьми</translation>
    </message>
    <message>
        <source>Forced marriage</source>
        <translation>Примусовий шлюб</translation>
    </message>
    <message>
        <source>Stalking</source>
        <translation>Переслідування</translation>
    </message>
    <message>
        <source>Online violence</source>
        <translation>Насильство онлайн</translation>
    </message>
    <message>
        <source>Domestic</source>
        <translation>Домашнє</translation>
    </message>
    <message>
        <source>Outside the family</source>
        <translation>Поза сім’єю</translation>
    </message>
    <message>
        <source>War-related</source>
        <translation>Пов’язане з війною</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Житло</translation>
    </message>
    <message>
        <source>Public place</source>
        <translation>Громадське місце</translation>
    </message>
    <message>
        <source>Work or place of study</source>
        <translation>Робота чи місце навчання</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Установа</translation>
    </message>
    <message>
        <source>Other place</source>
        <translation>Інше місце</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Не вказано</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Чоловік чи дружина</translation>
    </message>
    <message>
        <source>Former spouse</source>
        <translation>Колишній чоловік чи дружина</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнер чи партнерка</translation>
    </message>
    <message>
        <source>Former partner</source>
        <translation>Колишній партнер чи партнерка</translation>
    </message>
    <message>
        <source>Parent or step-parent</source>
        <translation>Батько чи мати (також вітчим, мачуха)</translation>
    </message>
    <message>
        <source>Son or daughter</source>
        <translation>Син чи дочка</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Інший родич</translation>
    </message>
    <message>
        <source>Lives or lived with her</source>
        <translation>Проживає чи проживав(ла) з нею</translation>
    </message>
    <message>
        <source>Acquaintance</source>
        <translation>Знайома особа</translation>
    </message>
    <message>
        <source>Stranger</source>
        <translation>Незнайома особа</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
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
        <source>Not known</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>До 18</translation>
    </message>
    <message>
        <source>18–29</source>
        <translation>18–29</translation>
    </message>
    <message>
        <source>30–44</source>
        <translation>30–44</translation>
    </message>
    <message>
        <source>45–59</source>
        <translation>45–59</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 і більше</translation>
    </message>
    <message>
        <source>Urgent barring order</source>
        <translation>Терміновий заборонний припис</translation>
    </message>
    <message>
        <source>Restraining order</source>
        <translation>Обмежувальний припис</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Поліція</translation>
    </message>
    <message>
        <source>Children&apos;s service</source>
        <translation>Служба у справах дітей</translation>
    </message>
    <message>
        <source>District coordinating unit</source>
        <translation>Районний координаційний підрозділ</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Телефоном</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>Електронною поштою</translation>
    </message>
    <message>
        <source>By letter</source>
        <translation>Листом</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Особисто</translation>
    </message>
    <message>
        <source>Electronic system</source>
        <translation>Електронна система</translation>
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
        <translation>Ветеран чи ветеранка війни або член родини</translation>
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
        <translation>Одинокий батько чи одинока мати</translation>
    </message>
    <message>
        <source>Low income</source>
        <translation>Малозабезпечена</translation>
    </message>
    <message>
        <source>Pensioner</source>
        <translation>Пенсіонер чи пенсіонерка</translation>
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
    <message>
        <source>Self-referred</source>
        <translation>Самозвернення</translation>
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
