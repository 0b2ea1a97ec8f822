<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
  <context>
    <name>AccountsSection</name>
    <message numerus="yes">
      <source>%n active account(s)</source>
      <translation>
        <numerusform>%n active account</numerusform>
        <numerusform>%n active accounts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n deactivated</source>
      <translation>
        <numerusform>%n deactivated</numerusform>
        <numerusform>%n deactivated</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>AdmitDialog</name>
    <message numerus="yes">
      <source>The stay may last %n day(s); it can be extended later in difficult circumstances.</source>
      <translation>
        <numerusform>The stay may last %n day; it can be extended later in difficult circumstances.</numerusform>
        <numerusform>The stay may last %n days; it can be extended later in difficult circumstances.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Needed: %n place(s) (she and her children).</source>
      <translation>
        <numerusform>Needed: %n place (she and her children).</numerusform>
        <numerusform>Needed: %n places (she and her children).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n free bed(s) in rooms without that space not offered.</source>
      <translation>
        <numerusform>%n free bed in rooms without that space not offered.</numerusform>
        <numerusform>%n free beds in rooms without that space not offered.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>No room has space for her and her children from %1 (%n place(s) needed). Put her on the waiting list, or try another date.</source>
      <translation>
        <numerusform>No room has space for her and her children from %1 (%n place needed). Put her on the waiting list, or try another date.</numerusform>
        <numerusform>No room has space for her and her children from %1 (%n places needed). Put her on the waiting list, or try another date.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>AppointmentsCard</name>
    <message numerus="yes">
      <source>Coming week: %n more appointment(s) booked.</source>
      <translation>
        <numerusform>Coming week: %n more appointment booked.</numerusform>
        <numerusform>Coming week: %n more appointments booked.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>AssessmentDialog</name>
    <message numerus="yes">
      <source>%n question(s) still to answer.</source>
      <translation>
        <numerusform>%n question still to answer.</numerusform>
        <numerusform>%n questions still to answer.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>AuditLogSection</name>
    <message numerus="yes">
      <source>%n record(s) shown, newest first</source>
      <translation>
        <numerusform>%n record shown, newest first</numerusform>
        <numerusform>%n records shown, newest first</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The log is intact: %n record(s), none changed or missing.</source>
      <translation>
        <numerusform>The log is intact: %n record, none changed or missing.</numerusform>
        <numerusform>The log is intact: %n records, none changed or missing.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BackupsSection</name>
    <message numerus="yes">
      <source>%n backup(s) in the folder</source>
      <translation>
        <numerusform>%n backup in the folder</numerusform>
        <numerusform>%n backups in the folder</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BedOfferChooser</name>
    <message numerus="yes">
      <source>%1 · bed %2 — %n place(s) free of %3</source>
      <translation>
        <numerusform>%1 · bed %2 — %n place free of %3</numerusform>
        <numerusform>%1 · bed %2 — %n places free of %3</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BedPanel</name>
    <message numerus="yes">
      <source>%n child(ren)</source>
      <translation>
        <numerusform>%n child</numerusform>
        <numerusform>%n children</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n child(ren), aged %1</source>
      <translation>
        <numerusform>%n child, aged %1</numerusform>
        <numerusform>%n children, aged %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n extension(s), the last on %1: %2</source>
      <translation>
        <numerusform>%n extension, the last on %1: %2</numerusform>
        <numerusform>%n extensions, the last on %1: %2</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BedTile</name>
    <message numerus="yes">
      <source>+%n child(ren)</source>
      <translation>
        <numerusform>+%n child</numerusform>
        <numerusform>+%n children</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ClientPicker</name>
    <message numerus="yes">
      <source>%n more — type more of the name, or choose this line to see them</source>
      <translation>
        <numerusform>%n more — type more of the name, or choose this line to see them</numerusform>
        <numerusform>%n more — type more of the name, or choose this line to see them</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ClientsPage</name>
    <message numerus="yes">
      <source>%n client(s)</source>
      <translation>
        <numerusform>%n client</numerusform>
        <numerusform>%n clients</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DischargeDialog</name>
    <message numerus="yes">
      <source>%n night(s) in the shelter</source>
      <translation>
        <numerusform>%n night in the shelter</numerusform>
        <numerusform>%n nights in the shelter</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>EventsTab</name>
    <message numerus="yes">
      <source>%n event(s)</source>
      <translation>
        <numerusform>%n event</numerusform>
        <numerusform>%n events</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ExportRegister</name>
    <message numerus="yes">
      <source>%n export(s) recorded</source>
      <translation>
        <numerusform>%n export recorded</numerusform>
        <numerusform>%n exports recorded</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ExtendDialog</name>
    <message numerus="yes">
      <source>at most %1 (%n day(s) from admission)</source>
      <translation>
        <numerusform>at most %1 (%n day from admission)</numerusform>
        <numerusform>at most %1 (%n days from admission)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LimitsTab</name>
    <message numerus="yes">
      <source>Stays whose allowed length ends within %n day(s) or has passed: time to extend, or to plan her move on.</source>
      <translation>
        <numerusform>Stays whose allowed length ends within %n day or has passed: time to extend, or to plan her move on.</numerusform>
        <numerusform>Stays whose allowed length ends within %n days or has passed: time to extend, or to plan her move on.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n over the limit.</source>
      <translation>
        <numerusform>%n over the limit.</numerusform>
        <numerusform>%n over the limit.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>over by %n day(s)</source>
      <translation>
        <numerusform>over by %n day</numerusform>
        <numerusform>over by %n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) left</source>
      <translation>
        <numerusform>%n day left</numerusform>
        <numerusform>%n days left</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MonthCard</name>
    <message numerus="yes">
      <source>%n completed</source>
      <translation>
        <numerusform>%n completed</numerusform>
        <numerusform>%n completed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n attended</source>
      <translation>
        <numerusform>%n attended</numerusform>
        <numerusform>%n attended</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>NightBar</name>
    <message numerus="yes">
      <source>%n person(s) in all:</source>
      <translation>
        <numerusform>%n person in all:</numerusform>
        <numerusform>%n persons in all:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n wom(an|en)</source>
      <translation>
        <numerusform>%n woman</numerusform>
        <numerusform>%n women</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n child(ren)</source>
      <translation>
        <numerusform>%n child</numerusform>
        <numerusform>%n children</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PartnersTab</name>
    <message numerus="yes">
      <source>%n organisation(s)</source>
      <translation>
        <numerusform>%n organisation</numerusform>
        <numerusform>%n organisations</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RelativeDays</name>
    <message numerus="yes">
      <source>in %n day(s)</source>
      <translation>
        <numerusform>in %n day</numerusform>
        <numerusform>in %n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) ago</source>
      <translation>
        <numerusform>%n day ago</numerusform>
        <numerusform>%n days ago</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RetentionSection</name>
    <message numerus="yes">
      <source>Anonymi&amp;se %n client(s)…</source>
      <translation>
        <numerusform>Anonymi&amp;se %n client…</numerusform>
        <numerusform>Anonymi&amp;se %n clients…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Anonymise %n client(s) with no activity since %1?</source>
      <translation>
        <numerusform>Anonymise %n client with no activity since %1?</numerusform>
        <numerusform>Anonymise %n clients with no activity since %1?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n client(s) anonymised.</source>
      <translation>
        <numerusform>%n client anonymised.</numerusform>
        <numerusform>%n clients anonymised.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n left out: they had new activity since the preview.</source>
      <translation>
        <numerusform>%n left out: they had new activity since the preview.</numerusform>
        <numerusform>%n left out: they had new activity since the preview.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RiskTab</name>
    <message numerus="yes">
      <source>%1 — the review is %n day(s) overdue</source>
      <translation>
        <numerusform>%1 — the review is %n day overdue</numerusform>
        <numerusform>%1 — the review is %n days overdue</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1 — the review is due in %n day(s)</source>
      <translation>
        <numerusform>%1 — the review is due in %n day</numerusform>
        <numerusform>%1 — the review is due in %n days</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SettingsSection</name>
    <message numerus="yes">
      <source>%n place(s)</source>
      <translation>
        <numerusform>%n place</numerusform>
        <numerusform>%n places</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n bed(s) in use</source>
      <translation>
        <numerusform>%n bed in use</numerusform>
        <numerusform>%n beds in use</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ShelterCard</name>
    <message numerus="yes">
      <source>Leaving in the next %n day(s)</source>
      <translation>
        <numerusform>Leaving in the next %n day</numerusform>
        <numerusform>Leaving in the next %n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>of %n bed(s)</source>
      <translation>
        <numerusform>of %n bed</numerusform>
        <numerusform>of %n beds</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>incl. %n child(ren)</source>
      <translation>
        <numerusform>incl. %n child</numerusform>
        <numerusform>incl. %n children</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>over by %n day(s)</source>
      <translation>
        <numerusform>over by %n day</numerusform>
        <numerusform>over by %n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) left</source>
      <translation>
        <numerusform>%n day left</numerusform>
        <numerusform>%n days left</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ShelterMonthCard</name>
    <message numerus="yes">
      <source>%n bed(s)</source>
      <translation>
        <numerusform>%n bed</numerusform>
        <numerusform>%n beds</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ShelterPage</name>
    <message numerus="yes">
      <source>%n bed-night(s) so far this month.</source>
      <translation>
        <numerusform>%n bed-night so far this month.</numerusform>
        <numerusform>%n bed-nights so far this month.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TrainerWeekCard</name>
    <message numerus="yes">
      <source>(%n waiting)</source>
      <translation>
        <numerusform>(%n waiting)</numerusform>
        <numerusform>(%n waiting)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TurnAwaysTab</name>
    <message numerus="yes">
      <source>%n turn-away(s) in this period</source>
      <translation>
        <numerusform>%n turn-away in this period</numerusform>
        <numerusform>%n turn-aways in this period</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>with %n child(ren)</source>
      <translation>
        <numerusform>with %n child</numerusform>
        <numerusform>with %n children</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ViolenceCard</name>
    <message numerus="yes">
      <source>%n notification(s) OVERDUE: the law asks for them within 24 hours.</source>
      <translation>
        <numerusform>%n notification OVERDUE: the law asks for them within 24 hours.</numerusform>
        <numerusform>%n notifications OVERDUE: the law asks for them within 24 hours.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>in %n day(s)</source>
      <translation>
        <numerusform>in %n day</numerusform>
        <numerusform>in %n days</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ViolenceTab</name>
    <message numerus="yes">
      <source>%1 (%n day(s) left)</source>
      <translation>
        <numerusform>%1 (%n day left)</numerusform>
        <numerusform>%1 (%n days left)</numerusform>
      </translation>
    </message>
  </context>
</TS>
