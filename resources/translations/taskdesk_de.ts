<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/gui/shell/AboutDialog.cpp" line="17"/>
        <source>About Taskdesk</source>
        <translation>Über Taskdesk</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/AboutDialog.cpp" line="33"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/AboutDialog.cpp" line="38"/>
        <source>A native desktop client for Tallyfy tasks: see what is on your plate, finish the work, create one-off tasks, keep the API token safe.</source>
        <translation>Ein nativer Desktop-Client für Tallyfy-Aufgaben: sehen, was ansteht, die Arbeit erledigen, Einzelaufgaben anlegen, das API-Token sicher aufbewahren.</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/AboutDialog.cpp" line="44"/>
        <source>Released under the MIT License.</source>
        <translation>Veröffentlicht unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/AboutDialog.cpp" line="51"/>
        <source>Project website</source>
        <translation>Projektwebsite</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/AboutDialog.cpp" line="53"/>
        <source>Built with Qt %1.</source>
        <translation>Erstellt mit Qt %1.</translation>
    </message>
</context>
<context>
    <name>AnswerInput</name>
    <message>
        <location filename="../../src/gui/answers/AnswerInput.cpp" line="52"/>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswerInput.cpp" line="83"/>
        <location filename="../../src/gui/answers/AnswerInput.cpp" line="133"/>
        <location filename="../../src/gui/answers/AnswerInput.cpp" line="389"/>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswerInput.cpp" line="175"/>
        <source>This field has no options to choose.</source>
        <translation>Dieses Feld hat keine Optionen zur Auswahl.</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswerInput.cpp" line="206"/>
        <source>Answer with a date</source>
        <translation>Mit einem Datum antworten</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswerInput.cpp" line="265"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswerInput.cpp" line="273"/>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswerInput.cpp" line="274"/>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswerInput.cpp" line="357"/>
        <source>Member #%1</source>
        <translation>Mitglied #%1</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswerInput.cpp" line="365"/>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswerInput.cpp" line="392"/>
        <source>Files are uploaded in Tallyfy; Taskdesk cannot upload them.</source>
        <translation>Dateien werden in Tallyfy hochgeladen; Taskdesk kann sie nicht hochladen.</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswerInput.cpp" line="394"/>
        <source>Taskdesk cannot edit fields of the type “%1”.</source>
        <translation>Taskdesk kann Felder des Typs „%1“ nicht bearbeiten.</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswerInput.cpp" line="397"/>
        <source>This answer is in a form Taskdesk cannot edit.</source>
        <translation>Diese Antwort liegt in einer Form vor, die Taskdesk nicht bearbeiten kann.</translation>
    </message>
</context>
<context>
    <name>AnswersEditor</name>
    <message>
        <location filename="../../src/gui/answers/AnswersEditor.cpp" line="31"/>
        <source>&amp;Save answers</source>
        <translation>Antworten &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswersEditor.cpp" line="32"/>
        <source>Save and com&amp;plete</source>
        <translation>Speichern und a&amp;bschließen</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswersEditor.cpp" line="33"/>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswersEditor.cpp" line="34"/>
        <source>Close &amp;editor</source>
        <translation>Editor schli&amp;eßen</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswersEditor.cpp" line="58"/>
        <source>Send the changed answers to Tallyfy (Ctrl+S)</source>
        <translation>Die geänderten Antworten an Tallyfy senden (Strg+S)</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswersEditor.cpp" line="59"/>
        <source>Save answers</source>
        <translation>Antworten speichern</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswersEditor.cpp" line="62"/>
        <source>Save the changed answers, then complete the task; stops if the save fails</source>
        <translation>Die geänderten Antworten speichern, dann die Aufgabe abschließen; hält an, wenn das Speichern scheitert</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswersEditor.cpp" line="63"/>
        <source>Save and complete</source>
        <translation>Speichern und abschließen</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswersEditor.cpp" line="65"/>
        <source>Forget the unsaved answers and show the task&apos;s own</source>
        <translation>Die ungespeicherten Antworten verwerfen und die der Aufgabe zeigen</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswersEditor.cpp" line="66"/>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswersEditor.cpp" line="68"/>
        <source>Back to the form fields; unsaved answers are kept as a draft</source>
        <translation>Zurück zu den Formularfeldern; ungespeicherte Antworten bleiben als Entwurf erhalten</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswersEditor.cpp" line="69"/>
        <source>Close editor</source>
        <translation>Editor schließen</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswersEditor.cpp" line="115"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswersEditor.cpp" line="121"/>
        <source>%1 (required)</source>
        <translation>%1 (Pflichtfeld)</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswersEditor.cpp" line="146"/>
        <source>This task has no form fields to answer.</source>
        <translation>Diese Aufgabe hat keine Formularfelder zu beantworten.</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswersEditor.cpp" line="148"/>
        <source>Answer the fields, then save (Ctrl+S).</source>
        <translation>Beantworten Sie die Felder und speichern Sie dann (Strg+S).</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswersEditor.cpp" line="150"/>
        <source>Fields marked * are required to complete the task.</source>
        <translation>Mit * markierte Felder sind nötig, um die Aufgabe abzuschließen.</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswersEditor.cpp" line="152"/>
        <source>Some fields cannot be changed here; they say why.</source>
        <translation>Manche Felder lassen sich hier nicht ändern; sie sagen, warum.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/answers/AnswersEditor.cpp" line="207"/>
        <source>Your unsaved answers are back: %n field(s). Save them, or discard them.</source>
        <translation>
            <numerusform>Ihre ungespeicherten Antworten sind wieder da: %n Feld. Speichern oder verwerfen Sie sie.</numerusform>
            <numerusform>Ihre ungespeicherten Antworten sind wieder da: %n Felder. Speichern oder verwerfen Sie sie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswersEditor.cpp" line="216"/>
        <source>Unsaved answers</source>
        <translation>Ungespeicherte Antworten</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswersEditor.cpp" line="217"/>
        <source>The answers you gave to this task&apos;s form fields are not saved.</source>
        <translation>Die Antworten, die Sie in den Formularfeldern dieser Aufgabe gegeben haben, sind nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswersEditor.cpp" line="220"/>
        <source>Keep them as a draft (they come back when you open the task again), or discard them.</source>
        <translation>Behalten Sie sie als Entwurf (sie kommen zurück, wenn Sie die Aufgabe wieder öffnen), oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswersEditor.cpp" line="222"/>
        <source>&amp;Keep as draft</source>
        <translation>Als Entwurf &amp;behalten</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswersEditor.cpp" line="224"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswersEditor.cpp" line="226"/>
        <source>&amp;Stay</source>
        <translation>&amp;Bleiben</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswersEditor.cpp" line="251"/>
        <source>Unsaved answers discarded.</source>
        <translation>Ungespeicherte Antworten verworfen.</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswersEditor.cpp" line="262"/>
        <source>Not sent: some answers need a change (see the fields).</source>
        <translation>Nicht gesendet: Einige Antworten müssen geändert werden (siehe die Felder).</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswersEditor.cpp" line="280"/>
        <source>Nothing to save: the answers are as the task has them.</source>
        <translation>Nichts zu speichern: Die Antworten entsprechen denen der Aufgabe.</translation>
    </message>
    <message>
        <location filename="../../src/gui/answers/AnswersEditor.cpp" line="286"/>
        <source>Saving answers…</source>
        <translation>Antworten werden gespeichert…</translation>
    </message>
</context>
<context>
    <name>AnswersSaver</name>
    <message>
        <location filename="../../src/core/session/AnswersSaver.cpp" line="31"/>
        <location filename="../../src/core/session/AnswersSaver.cpp" line="72"/>
        <source>The answers are saved.</source>
        <translation>Die Antworten sind gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/core/session/AnswersSaver.cpp" line="44"/>
        <source>Not saved: some answers need a change (see the fields).</source>
        <translation>Nicht gespeichert: Einige Antworten müssen geändert werden (siehe die Felder).</translation>
    </message>
    <message>
        <location filename="../../src/core/session/AnswersSaver.cpp" line="45"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/session/AnswersSaver.cpp" line="62"/>
        <source>The answer was lost (%1), and the task could not be read to find out whether the answers were saved. Nothing was sent again; your answers are kept. Reload the task before saving again.</source>
        <translation>Die Antwort ging verloren (%1), und die Aufgabe konnte nicht gelesen werden, um zu prüfen, ob die Antworten gespeichert wurden. Nichts wurde erneut gesendet; Ihre Antworten bleiben erhalten. Laden Sie die Aufgabe neu, bevor Sie erneut speichern.</translation>
    </message>
    <message>
        <location filename="../../src/core/session/AnswersSaver.cpp" line="75"/>
        <source>Not saved: %1 The task does not carry your answers; nothing was sent again. Your answers are kept; save again.</source>
        <translation>Nicht gespeichert: %1 Die Aufgabe enthält Ihre Antworten nicht; nichts wurde erneut gesendet. Ihre Antworten bleiben erhalten; speichern Sie erneut.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../../src/core/api/ApiError.cpp" line="206"/>
        <location filename="../../src/core/api/ApiError.cpp" line="301"/>
        <source>Some fields need attention</source>
        <translation>Einige Felder müssen überprüft werden</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiError.cpp" line="304"/>
        <source>The server returned an error page (HTTP %1)</source>
        <translation>Der Server hat eine Fehlerseite zurückgegeben (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="56"/>
        <source>Could not reach Tallyfy. Check your internet connection and try again.</source>
        <translation>Tallyfy ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="59"/>
        <source>Tallyfy did not answer in time. Try again.</source>
        <translation>Tallyfy hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="62"/>
        <source>The secure connection to Tallyfy failed (certificate or TLS problem). Nothing was sent.</source>
        <translation>Die sichere Verbindung zu Tallyfy ist fehlgeschlagen (Zertifikats- oder TLS-Problem). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="66"/>
        <source>Taskdesk refused to send the token over an unencrypted http:// connection. Use an https:// base URL in Settings.</source>
        <translation>Taskdesk sendet das Token nicht über eine unverschlüsselte http://-Verbindung. Verwenden Sie in den Einstellungen eine Basis-URL mit https://.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="71"/>
        <source>Tallyfy rejected the token: it may have expired, or you logged out of the web app. Paste a new token in Settings.</source>
        <translation>Tallyfy hat das Token abgelehnt: Es ist möglicherweise abgelaufen, oder Sie haben sich von der Web-App abgemeldet. Fügen Sie in den Einstellungen ein neues Token ein.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="79"/>
        <source>You do not have access to this task.</source>
        <translation>Sie haben keinen Zugriff auf diese Aufgabe.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="18"/>
        <source>No task with this ID in this organization.</source>
        <translation>In dieser Organisation gibt es keine Aufgabe mit dieser ID.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="15"/>
        <source>No task with this ID in this organization, or the server address is wrong.</source>
        <translation>Keine Aufgabe mit dieser ID in dieser Organisation, oder die Serveradresse ist falsch.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="22"/>
        <source>No task with this ID in organization %1, or the server address is wrong.</source>
        <translation>Keine Aufgabe mit dieser ID in der Organisation %1, oder die Serveradresse ist falsch.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="26"/>
        <source>No task with this ID in organization %1.</source>
        <translation>In der Organisation %1 gibt es keine Aufgabe mit dieser ID.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="32"/>
        <source>You may not create tasks in this organization.</source>
        <translation>Sie dürfen in dieser Organisation keine Aufgaben erstellen.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="34"/>
        <source>You may not create tasks in organization %1.</source>
        <translation>Sie dürfen in der Organisation %1 keine Aufgaben erstellen.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="53"/>
        <source>The answer from Tallyfy arrived damaged (it could not be decompressed). Try again.</source>
        <translation>Die Antwort von Tallyfy kam beschädigt an (sie ließ sich nicht entpacken). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="81"/>
        <source>Tallyfy did not let you change this task: you may not have the right to, or only its assignees may complete it.</source>
        <translation>Tallyfy lässt Sie diese Aufgabe nicht ändern: Ihnen fehlt möglicherweise das Recht dazu, oder nur die Zuständigen dürfen sie erledigen.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="84"/>
        <source>Tallyfy refused the request: you do not have permission for it.</source>
        <translation>Tallyfy hat die Anfrage abgelehnt: Sie haben dafür keine Berechtigung.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="90"/>
        <source>Tallyfy no longer finds this task where it was (HTTP 404): it may have been deleted, archived or moved. Look it up again.</source>
        <translation>Tallyfy findet diese Aufgabe nicht mehr dort, wo sie war (HTTP 404): Sie wurde möglicherweise gelöscht, archiviert oder verschoben. Rufen Sie sie erneut ab.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="93"/>
        <source>Tallyfy found nothing with this ID (HTTP 404).</source>
        <translation>Tallyfy hat zu dieser ID nichts gefunden (HTTP 404).</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="96"/>
        <source>Tallyfy did not recognise the request (HTTP %1). Check the base URL in Settings.</source>
        <translation>Tallyfy hat die Anfrage nicht erkannt (HTTP %1). Prüfen Sie die Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="103"/>
        <source>Tallyfy refused the change because of a conflict (HTTP 409).</source>
        <translation>Tallyfy hat die Änderung wegen eines Konflikts abgelehnt (HTTP 409).</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="105"/>
        <source>Tallyfy refused the change: %1</source>
        <translation>Tallyfy hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="109"/>
        <source>No organization is selected in Settings.</source>
        <translation>In den Einstellungen ist keine Organisation ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="112"/>
        <source>Tallyfy did not accept the request: %1</source>
        <translation>Tallyfy hat die Anfrage nicht angenommen: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="114"/>
        <source>Tallyfy did not accept the request (HTTP %1).</source>
        <translation>Tallyfy hat die Anfrage nicht angenommen (HTTP %1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/core/api/ApiErrorText.cpp" line="119"/>
        <source>Tallyfy is receiving too many requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>Tallyfy erhält zu viele Anfragen. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Tallyfy erhält zu viele Anfragen. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="122"/>
        <source>Tallyfy is receiving too many requests. Try again in a moment.</source>
        <translation>Tallyfy erhält zu viele Anfragen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="125"/>
        <source>Tallyfy had a problem (HTTP %1). Try again later.</source>
        <translation>Bei Tallyfy ist ein Problem aufgetreten (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="130"/>
        <source>The server redirected the request to another address (%1). Taskdesk did not follow it, to keep the token safe. Check the base URL in Settings.</source>
        <translation>Der Server hat die Anfrage an eine andere Adresse umgeleitet (%1). Taskdesk ist der Umleitung nicht gefolgt, um das Token zu schützen. Prüfen Sie die Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="135"/>
        <source>Tallyfy sent a response that Taskdesk could not read. Try again later.</source>
        <translation>Tallyfy hat eine Antwort gesendet, die Taskdesk nicht lesen konnte. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="148"/>
        <source>The answer from Tallyfy arrived damaged (it could not be decompressed).</source>
        <translation>Die Antwort von Tallyfy kam beschädigt an (sie ließ sich nicht entpacken).</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="151"/>
        <source>The connection to Tallyfy failed.</source>
        <translation>Die Verbindung zu Tallyfy ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="153"/>
        <source>Tallyfy did not answer in time.</source>
        <translation>Tallyfy hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="155"/>
        <source>Tallyfy reported a problem (HTTP %1).</source>
        <translation>Tallyfy hat ein Problem gemeldet (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="158"/>
        <source>Tallyfy is receiving too many requests.</source>
        <translation>Tallyfy erhält zu viele Anfragen.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="161"/>
        <source>The server redirected the request to another address (%1), and Taskdesk did not follow it.</source>
        <translation>Der Server hat die Anfrage an eine andere Adresse umgeleitet (%1), und Taskdesk ist der Umleitung nicht gefolgt.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="166"/>
        <source>Tallyfy sent a response that Taskdesk could not read.</source>
        <translation>Tallyfy hat eine Antwort gesendet, die Taskdesk nicht lesen konnte.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="178"/>
        <source>Tallyfy rejected the token: it may have expired, or you logged out of the web app. Copy a new token from the web app.</source>
        <translation>Tallyfy hat das Token abgelehnt: Es ist möglicherweise abgelaufen, oder Sie haben sich von der Web-App abgemeldet. Kopieren Sie ein neues Token aus der Web-App.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="182"/>
        <source>the token is not valid for organization %1. Create the token while that organization is active in the web app.</source>
        <translation>das Token gilt nicht für die Organisation %1. Erstellen Sie das Token, während diese Organisation in der Web-App aktiv ist.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="188"/>
        <source>this token has no access to organization %1. Check the ID, or create the token while that organization is active in the web app.</source>
        <translation>dieses Token hat keinen Zugriff auf die Organisation %1. Prüfen Sie die ID, oder erstellen Sie das Token, während diese Organisation in der Web-App aktiv ist.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="196"/>
        <source>The server could not be reached. Check the server address and your connection.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Serveradresse und Ihre Verbindung.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="200"/>
        <source>The secure connection failed (TLS certificate or handshake error). Nothing was sent.</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen (TLS-Zertifikat oder Handshake-Fehler). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="204"/>
        <source>The server did not answer within %1 seconds.</source>
        <translation>Der Server hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/ApiErrorText.cpp" line="208"/>
        <source>This address does not answer like the Tallyfy API (HTTP %1). Check the server address.</source>
        <translation>Diese Adresse antwortet nicht wie die Tallyfy-API (HTTP %1). Prüfen Sie die Serveradresse.</translation>
    </message>
</context>
<context>
    <name>AssigneePicker</name>
    <message>
        <location filename="../../ui/newtask/AssigneePicker.ui" line="24"/>
        <source>Type a name, an email or a group; a guest&apos;s email adds a guest</source>
        <translation>Name, E-Mail-Adresse oder Gruppe eingeben; die E-Mail-Adresse eines Gastes fügt einen Gast hinzu</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/AssigneePicker.ui" line="58"/>
        <source>Loading members…</source>
        <translation>Mitglieder werden geladen…</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/AssigneePicker.ui" line="68"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/AssigneePicker.cpp" line="26"/>
        <source>Matching people and groups</source>
        <translation>Passende Personen und Gruppen</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/AssigneePicker.cpp" line="30"/>
        <source>Chosen assignees</source>
        <translation>Ausgewählte Zuständige</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/AssigneePicker.cpp" line="31"/>
        <source>Loading members</source>
        <translation>Mitglieder werden geladen</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/AssigneePicker.cpp" line="33"/>
        <source>Up and Down choose a suggestion, Enter adds it. Backspace in the empty input goes to the chosen assignees, where Delete removes one.</source>
        <translation>Mit den Pfeiltasten nach oben und unten wählen Sie einen Vorschlag, die Eingabetaste fügt ihn hinzu. Die Rücktaste im leeren Eingabefeld springt zu den ausgewählten Zuständigen, wo Entf einen Eintrag entfernt.</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/AssigneePicker.cpp" line="122"/>
        <source>Member #%1</source>
        <translation>Mitglied #%1</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/AssigneePicker.cpp" line="124"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/AssigneePicker.cpp" line="134"/>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/AssigneePicker.cpp" line="136"/>
        <source>%1 (group)</source>
        <translation>%1 (Gruppe)</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/AssigneePicker.cpp" line="136"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/AssigneePicker.cpp" line="146"/>
        <source>%1 (guest)</source>
        <translation>%1 (Gast)</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/AssigneePicker.cpp" line="147"/>
        <source>Guest: someone outside the organization</source>
        <translation>Gast: eine Person außerhalb der Organisation</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/AssigneePicker.cpp" line="271"/>
        <source>Loading members… You can already type a guest&apos;s email.</source>
        <translation>Mitglieder werden geladen… Die E-Mail-Adresse eines Gastes können Sie schon eingeben.</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/AssigneePicker.cpp" line="277"/>
        <source>Could not load the people of this organization: %1</source>
        <translation>Die Personen dieser Organisation konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>ChipList</name>
    <message>
        <location filename="../../src/gui/widgets/ChipList.cpp" line="66"/>
        <location filename="../../src/gui/widgets/ChipList.cpp" line="91"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>ClearButtons</name>
    <message>
        <location filename="../../src/gui/widgets/ClearButtons.cpp" line="22"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../src/gui/conversation/CommentsPanel.cpp" line="38"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../src/gui/conversation/CommentsPanel.cpp" line="42"/>
        <location filename="../../src/gui/conversation/CommentsPanel.cpp" line="100"/>
        <location filename="../../src/gui/conversation/CommentsPanel.cpp" line="313"/>
        <source>Post comment</source>
        <translation>Kommentar senden</translation>
    </message>
    <message>
        <location filename="../../src/gui/conversation/CommentsPanel.cpp" line="43"/>
        <source>Report a pro&amp;blem</source>
        <translation>&amp;Problem melden</translation>
    </message>
    <message>
        <location filename="../../src/gui/conversation/CommentsPanel.cpp" line="45"/>
        <source>Resol&amp;ve</source>
        <translation>Be&amp;heben</translation>
    </message>
    <message>
        <location filename="../../src/gui/conversation/CommentsPanel.cpp" line="61"/>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <location filename="../../src/gui/conversation/CommentsPanel.cpp" line="64"/>
        <source>&amp;Write a comment:</source>
        <translation>Kommentar schre&amp;iben:</translation>
    </message>
    <message>
        <location filename="../../src/gui/conversation/CommentsPanel.cpp" line="68"/>
        <source>Write a comment</source>
        <translation>Kommentar schreiben</translation>
    </message>
    <message>
        <location filename="../../src/gui/conversation/CommentsPanel.cpp" line="70"/>
        <source>Ctrl+Enter posts it. Type @ and a name to mention a member.</source>
        <translation>Strg+Eingabe sendet ihn. @ und ein Name erwähnen ein Mitglied.</translation>
    </message>
    <message>
        <location filename="../../src/gui/conversation/CommentsPanel.cpp" line="71"/>
        <source>Ctrl+Enter posts; @ mentions a member</source>
        <translation>Strg+Eingabe sendet; @ erwähnt ein Mitglied</translation>
    </message>
    <message>
        <location filename="../../src/gui/conversation/CommentsPanel.cpp" line="78"/>
        <source>Post the comment (Ctrl+Enter)</source>
        <translation>Den Kommentar senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../../src/gui/conversation/CommentsPanel.cpp" line="81"/>
        <source>Post the text as a problem on the task</source>
        <translation>Den Text als Problem an der Aufgabe melden</translation>
    </message>
    <message>
        <location filename="../../src/gui/conversation/CommentsPanel.cpp" line="84"/>
        <source>Open problem to resolve</source>
        <translation>Offenes Problem zum Beheben</translation>
    </message>
    <message>
        <location filename="../../src/gui/conversation/CommentsPanel.cpp" line="89"/>
        <source>Resolve the chosen problem, with the text as its resolution</source>
        <translation>Das gewählte Problem beheben, mit dem Text als Lösung</translation>
    </message>
    <message>
        <location filename="../../src/gui/conversation/CommentsPanel.cpp" line="207"/>
        <source>Write something first.</source>
        <translation>Schreiben Sie zuerst etwas.</translation>
    </message>
    <message>
        <location filename="../../src/gui/conversation/CommentsPanel.cpp" line="216"/>
        <source>Posting the comment…</source>
        <translation>Der Kommentar wird gesendet…</translation>
    </message>
    <message>
        <location filename="../../src/gui/conversation/CommentsPanel.cpp" line="217"/>
        <source>Reporting the problem…</source>
        <translation>Das Problem wird gemeldet…</translation>
    </message>
    <message>
        <location filename="../../src/gui/conversation/CommentsPanel.cpp" line="218"/>
        <source>Resolving the problem…</source>
        <translation>Das Problem wird behoben…</translation>
    </message>
    <message>
        <location filename="../../src/gui/conversation/CommentsPanel.cpp" line="261"/>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/conversation/CommentsPanel.cpp" line="289"/>
        <source>%n comment(s).</source>
        <translation>
            <numerusform>%n Kommentar.</numerusform>
            <numerusform>%n Kommentare.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/conversation/CommentsPanel.cpp" line="280"/>
        <source>Loading the comments…</source>
        <translation>Die Kommentare werden geladen…</translation>
    </message>
    <message>
        <location filename="../../src/gui/conversation/CommentsPanel.cpp" line="283"/>
        <source>The comments could not be loaded: %1</source>
        <translation>Die Kommentare konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/conversation/CommentsPanel.cpp" line="288"/>
        <source>No comments yet.</source>
        <translation>Noch keine Kommentare.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/conversation/CommentsPanel.cpp" line="291"/>
        <source>%n open problem(s).</source>
        <translation>
            <numerusform>%n offenes Problem.</numerusform>
            <numerusform>%n offene Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/conversation/CommentsPanel.cpp" line="313"/>
        <source>Posting…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location filename="../../src/gui/conversation/CommentsPanel.cpp" line="322"/>
        <source>Opened %1 in the browser</source>
        <translation>%1 im Browser geöffnet</translation>
    </message>
    <message>
        <location filename="../../src/gui/conversation/CommentsPanel.cpp" line="325"/>
        <source>Not opened: only web and email links open from a comment.</source>
        <translation>Nicht geöffnet: Aus einem Kommentar öffnen sich nur Web- und E-Mail-Links.</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <location filename="../../src/core/session/Conversation.cpp" line="151"/>
        <source>Tallyfy refused it: %1</source>
        <translation>Tallyfy hat es abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/session/Conversation.cpp" line="190"/>
        <source>The answer was lost (%1), and the comments could not be read to find out whether it arrived. Nothing was sent again; reload the comments before sending it again.</source>
        <translation>Die Antwort ging verloren (%1), und die Kommentare konnten nicht gelesen werden, um zu prüfen, ob er ankam. Nichts wurde erneut gesendet; laden Sie die Kommentare neu, bevor Sie ihn noch einmal senden.</translation>
    </message>
    <message>
        <location filename="../../src/core/session/Conversation.cpp" line="209"/>
        <source>Not sent: %1 Nothing arrived; your text is kept, send it again.</source>
        <translation>Nicht gesendet: %1 Nichts ist angekommen; Ihr Text bleibt erhalten, senden Sie ihn erneut.</translation>
    </message>
    <message>
        <location filename="../../src/core/session/Conversation.cpp" line="225"/>
        <source>Comment posted.</source>
        <translation>Kommentar gesendet.</translation>
    </message>
    <message>
        <location filename="../../src/core/session/Conversation.cpp" line="227"/>
        <source>Problem reported.</source>
        <translation>Problem gemeldet.</translation>
    </message>
    <message>
        <location filename="../../src/core/session/Conversation.cpp" line="229"/>
        <source>Problem resolved.</source>
        <translation>Problem behoben.</translation>
    </message>
</context>
<context>
    <name>ConversationHtml</name>
    <message>
        <location filename="../../src/models/ConversationHtml.cpp" line="14"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../src/models/ConversationHtml.cpp" line="14"/>
        <source>Resolved problem</source>
        <translation>Behobenes Problem</translation>
    </message>
    <message>
        <location filename="../../src/models/ConversationHtml.cpp" line="16"/>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <location filename="../../src/models/ConversationHtml.cpp" line="18"/>
        <source>Improvement</source>
        <translation>Verbesserung</translation>
    </message>
    <message>
        <location filename="../../src/models/ConversationHtml.cpp" line="20"/>
        <source>Advice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../src/models/ConversationHtml.cpp" line="50"/>
        <source>Someone outside the organization</source>
        <translation>Jemand außerhalb der Organisation</translation>
    </message>
    <message>
        <location filename="../../src/models/ConversationHtml.cpp" line="64"/>
        <source>(hidden from guests)</source>
        <translation>(vor Gästen verborgen)</translation>
    </message>
    <message>
        <location filename="../../src/models/ConversationHtml.cpp" line="70"/>
        <source>(The comment is too long to show in full.)</source>
        <translation>(Der Kommentar ist zu lang, um ganz angezeigt zu werden.)</translation>
    </message>
</context>
<context>
    <name>DeadlineEdit</name>
    <message>
        <location filename="../../ui/newtask/DeadlineEdit.ui" line="24"/>
        <source>Set</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/DeadlineEdit.ui" line="31"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/DeadlineEdit.ui" line="54"/>
        <source>Today 17:00</source>
        <translation>Heute 17:00</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/DeadlineEdit.ui" line="64"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/DeadlineEdit.ui" line="74"/>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/DeadlineEdit.cpp" line="34"/>
        <source>Local time (%1)</source>
        <translation>Ortszeit (%1)</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/DeadlineEdit.cpp" line="36"/>
        <source>Dates are entered in this computer&apos;s time zone and sent to Tallyfy in UTC.</source>
        <translation>Datum und Uhrzeit werden in der Zeitzone dieses Computers eingegeben und in UTC an Tallyfy gesendet.</translation>
    </message>
</context>
<context>
    <name>DirectoryModel</name>
    <message>
        <location filename="../../src/models/DirectoryModel.cpp" line="98"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../src/models/DirectoryModel.cpp" line="106"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../../src/models/DirectoryModel.cpp" line="163"/>
        <source>New guest</source>
        <translation>Neuer Gast</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <location filename="../../src/models/DisplayFormat.cpp" line="10"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../src/models/DisplayFormat.cpp" line="14"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../src/models/DisplayFormat.cpp" line="14"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../src/models/DisplayFormat.cpp" line="24"/>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>ddd, d. MMM yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>FormAnswer</name>
    <message>
        <location filename="../../src/core/domain/FormAnswer.cpp" line="292"/>
        <source>File answers cannot be changed here.</source>
        <translation>Dateiantworten lassen sich hier nicht ändern.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/FormAnswer.cpp" line="294"/>
        <source>This answer cannot be changed here.</source>
        <translation>Diese Antwort lässt sich hier nicht ändern.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/FormAnswer.cpp" line="298"/>
        <source>The answer does not fit this kind of field.</source>
        <translation>Die Antwort passt nicht zu dieser Art von Feld.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/FormAnswer.cpp" line="306"/>
        <source>Use at most 200 characters.</source>
        <translation>Höchstens 200 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/FormAnswer.cpp" line="310"/>
        <source>Use at most 30,000 characters.</source>
        <translation>Höchstens 30.000 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/FormAnswer.cpp" line="314"/>
        <source>Enter an email address such as name@example.com.</source>
        <translation>Geben Sie eine E-Mail-Adresse wie name@example.com ein.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/FormAnswer.cpp" line="320"/>
        <location filename="../../src/core/domain/FormAnswer.cpp" line="324"/>
        <source>Choose one of the listed options.</source>
        <translation>Wählen Sie eine der angebotenen Optionen.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/FormAnswer.cpp" line="330"/>
        <source>Choose only from the listed options, each once.</source>
        <translation>Wählen Sie nur angebotene Optionen, jede höchstens einmal.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/FormAnswer.cpp" line="339"/>
        <source>This table has no columns to fill in.</source>
        <translation>Diese Tabelle hat keine Spalten zum Ausfüllen.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/FormAnswer.cpp" line="344"/>
        <source>Every row needs one cell for each column.</source>
        <translation>Jede Zeile braucht eine Zelle je Spalte.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/FormAnswer.cpp" line="352"/>
        <source>A guest needs a valid email address.</source>
        <translation>Ein Gast braucht eine gültige E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <location filename="../../src/core/domain/FormField.cpp" line="211"/>
        <source>Short text</source>
        <translation>Kurzer Text</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/FormField.cpp" line="213"/>
        <source>Long text</source>
        <translation>Langer Text</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/FormField.cpp" line="215"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/FormField.cpp" line="217"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/FormField.cpp" line="219"/>
        <source>Radio buttons</source>
        <translation>Optionsfelder</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/FormField.cpp" line="221"/>
        <source>Dropdown</source>
        <translation>Auswahlliste</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/FormField.cpp" line="223"/>
        <source>Multiple choice</source>
        <translation>Mehrfachauswahl</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/FormField.cpp" line="225"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/FormField.cpp" line="227"/>
        <source>Assignee picker</source>
        <translation>Auswahl von Zuständigen</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/FormField.cpp" line="229"/>
        <source>File upload</source>
        <translation>Datei-Upload</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/FormField.cpp" line="331"/>
        <source>The form field has no ID.</source>
        <translation>Das Formularfeld hat keine ID.</translation>
    </message>
</context>
<context>
    <name>FormFieldEditor</name>
    <message>
        <location filename="../../ui/newtask/FormFieldEditor.ui" line="32"/>
        <source>Field 1</source>
        <translation>Feld 1</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/FormFieldEditor.ui" line="49"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/FormFieldEditor.ui" line="62"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/FormFieldEditor.ui" line="75"/>
        <source>Remove field</source>
        <translation>Feld entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/FormFieldEditor.ui" line="95"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/FormFieldEditor.ui" line="110"/>
        <source>What the assignee sees, e.g. “Budget source”</source>
        <translation>Was die zuständige Person sieht, z. B. „Budgetquelle“</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/FormFieldEditor.ui" line="122"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/FormFieldEditor.ui" line="142"/>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/FormFieldEditor.ui" line="163"/>
        <source>Guidance</source>
        <translation>Hilfetext</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/FormFieldEditor.ui" line="173"/>
        <source>Help text shown with the field (optional)</source>
        <translation>Hilfetext, der beim Feld angezeigt wird (optional)</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/FormFieldEditor.cpp" line="48"/>
        <source>Short text</source>
        <translation>Kurzer Text</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/FormFieldEditor.cpp" line="49"/>
        <source>Long text</source>
        <translation>Langer Text</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/FormFieldEditor.cpp" line="50"/>
        <source>Radio buttons (pick one)</source>
        <translation>Optionsfelder (eine Auswahl)</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/FormFieldEditor.cpp" line="51"/>
        <source>Dropdown (pick one)</source>
        <translation>Auswahlliste (eine Auswahl)</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/FormFieldEditor.cpp" line="52"/>
        <source>Checkboxes (pick several)</source>
        <translation>Kontrollkästchen (mehrere Auswahlen)</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/FormFieldEditor.cpp" line="53"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/FormFieldEditor.cpp" line="54"/>
        <source>File upload</source>
        <translation>Datei-Upload</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/FormFieldEditor.cpp" line="55"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/FormFieldEditor.cpp" line="56"/>
        <source>Assignee picker</source>
        <translation>Auswahl von Zuständigen</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/FormFieldEditor.cpp" line="91"/>
        <source>Field %1</source>
        <translation>Feld %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/FormFieldEditor.cpp" line="92"/>
        <source>Form field %1</source>
        <translation>Formularfeld %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/FormFieldEditor.cpp" line="93"/>
        <source>Label of field %1</source>
        <translation>Bezeichnung von Feld %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/FormFieldEditor.cpp" line="94"/>
        <source>Type of field %1</source>
        <translation>Typ von Feld %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/FormFieldEditor.cpp" line="95"/>
        <source>Field %1 is required</source>
        <translation>Feld %1 ist ein Pflichtfeld</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/FormFieldEditor.cpp" line="96"/>
        <source>Guidance for field %1</source>
        <translation>Hilfetext für Feld %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/FormFieldEditor.cpp" line="97"/>
        <source>Move field %1 up</source>
        <translation>Feld %1 nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/FormFieldEditor.cpp" line="98"/>
        <source>Move field %1 down</source>
        <translation>Feld %1 nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/FormFieldEditor.cpp" line="99"/>
        <source>Remove field %1</source>
        <translation>Feld %1 entfernen</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/FormFieldEditor.cpp" line="130"/>
        <source>Option %1: %2</source>
        <translation>Option %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/FormFieldEditor.cpp" line="130"/>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/FormFieldEditor.cpp" line="205"/>
        <source>Needs at least two options.</source>
        <translation>Benötigt mindestens zwei Optionen.</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/FormFieldEditor.cpp" line="206"/>
        <source>Needs at least one option.</source>
        <translation>Benötigt mindestens eine Option.</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/FormFieldEditor.cpp" line="207"/>
        <source>Needs at least one column.</source>
        <translation>Benötigt mindestens eine Spalte.</translation>
    </message>
</context>
<context>
    <name>FormFieldsEditor</name>
    <message>
        <location filename="../../ui/newtask/FormFieldsEditor.ui" line="26"/>
        <source>Add field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/FormFieldsEditor.ui" line="36"/>
        <location filename="../../src/gui/newtask/FormFieldsEditor.cpp" line="158"/>
        <source>No form fields. Add fields to collect answers with the task.</source>
        <translation>Keine Formularfelder. Fügen Sie Felder hinzu, um mit der Aufgabe Antworten einzuholen.</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/FormFieldsEditor.cpp" line="19"/>
        <source>Add a field that the assignees fill in</source>
        <translation>Ein Feld hinzufügen, das die Zuständigen ausfüllen</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/FormFieldsEditor.cpp" line="159"/>
        <source>Fields are sent in the order shown.</source>
        <translation>Die Felder werden in der angezeigten Reihenfolge gesendet.</translation>
    </message>
</context>
<context>
    <name>FormFieldsModel</name>
    <message>
        <location filename="../../src/models/FormFieldsModel.cpp" line="96"/>
        <source>Required — not answered</source>
        <translation>Pflichtfeld – nicht beantwortet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/FormFieldsModel.cpp" line="98"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/models/FormFieldsModel.cpp" line="211"/>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../../src/models/FormFieldsModel.cpp" line="242"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../src/models/FormFieldsModel.cpp" line="244"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/models/FormFieldsModel.cpp" line="246"/>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <location filename="../../src/models/FormFieldsModel.cpp" line="248"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <location filename="../../src/core/domain/Group.cpp" line="14"/>
        <source>The group has no ID.</source>
        <translation>Die Gruppe hat keine ID.</translation>
    </message>
</context>
<context>
    <name>Guest</name>
    <message>
        <location filename="../../src/core/domain/Guest.cpp" line="19"/>
        <source>The guest has no email address.</source>
        <translation>Der Gast hat keine E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>IncludeChooser</name>
    <message>
        <location filename="../../src/gui/lookup/IncludeChooser.cpp" line="26"/>
        <source>Include</source>
        <translation>Zusatzdaten</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/IncludeChooser.cpp" line="34"/>
        <source>Related data to fetch with the task (&amp;with=):</source>
        <translation>Zugehörige Daten, die mit der Aufgabe geladen werden (&amp;with=):</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/IncludeChooser.cpp" line="38"/>
        <source>Includes</source>
        <translation>Zusatzdaten</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/IncludeChooser.cpp" line="49"/>
        <source>&amp;Default</source>
        <translation>&amp;Standard</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/IncludeChooser.cpp" line="51"/>
        <source>Tick only %1</source>
        <translation>Nur %1 auswählen</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/IncludeChooser.cpp" line="126"/>
        <source>nothing extra</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/lookup/IncludeChooser.cpp" line="130"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/IncludeChooser.cpp" line="133"/>
        <source>Only the task itself is fetched.</source>
        <translation>Nur die Aufgabe selbst wird geladen.</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/IncludeChooser.cpp" line="134"/>
        <source>Fetched with the task: %1</source>
        <translation>Mit der Aufgabe geladen: %1</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <location filename="../../src/core/domain/Json.cpp" line="144"/>
        <source>The response is not valid JSON (%1 at offset %2).</source>
        <translation>Die Antwort ist kein gültiges JSON (%1 an Position %2).</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/Json.cpp" line="153"/>
        <source>The response is not a JSON object.</source>
        <translation>Die Antwort ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>JsonDisplay</name>
    <message numerus="yes">
        <location filename="../../src/models/JsonDisplay.cpp" line="22"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/JsonDisplay.cpp" line="24"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/models/JsonDisplay.cpp" line="34"/>
        <source>Null</source>
        <translation>Null</translation>
    </message>
    <message>
        <location filename="../../src/models/JsonDisplay.cpp" line="36"/>
        <source>Boolean</source>
        <translation>Boolescher Wert</translation>
    </message>
    <message>
        <location filename="../../src/models/JsonDisplay.cpp" line="38"/>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../../src/models/JsonDisplay.cpp" line="40"/>
        <source>String</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <location filename="../../src/models/JsonDisplay.cpp" line="42"/>
        <source>Array</source>
        <translation>Array</translation>
    </message>
    <message>
        <location filename="../../src/models/JsonDisplay.cpp" line="44"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../../src/models/JsonDisplay.cpp" line="48"/>
        <source>Absent</source>
        <translation>Nicht vorhanden</translation>
    </message>
</context>
<context>
    <name>JsonFindBar</name>
    <message>
        <location filename="../../ui/lookup/JsonFindBar.ui" line="29"/>
        <source>Fi&amp;nd:</source>
        <translation>S&amp;uchen:</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/JsonFindBar.ui" line="45"/>
        <source>Text in the JSON</source>
        <translation>Text im JSON</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/JsonFindBar.ui" line="55"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/JsonFindBar.ui" line="58"/>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/JsonFindBar.ui" line="65"/>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/JsonFindBar.ui" line="68"/>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/JsonFindBar.ui" line="75"/>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/JsonFindBar.ui" line="102"/>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/JsonFindBar.ui" line="105"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/JsonFindBar.cpp" line="90"/>
        <source>Continued from the end</source>
        <translation>Vom Ende aus fortgesetzt</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/JsonFindBar.cpp" line="91"/>
        <source>Continued from the top</source>
        <translation>Vom Anfang aus fortgesetzt</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/JsonFindBar.cpp" line="96"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <location filename="../../src/models/JsonTreeModel.cpp" line="178"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../src/models/JsonTreeModel.cpp" line="180"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../src/models/JsonTreeModel.cpp" line="182"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>KeychainTokenStore</name>
    <message>
        <location filename="../../src/core/settings/KeychainTokenStore.cpp" line="78"/>
        <source>The keychain could not be used (%1). The token can be kept for this session only.</source>
        <translation>Der Schlüsselbund konnte nicht verwendet werden (%1). Das Token kann nur für diese Sitzung behalten werden.</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/KeychainTokenStore.cpp" line="85"/>
        <source>The token could not be removed from the keychain (%1).</source>
        <translation>Das Token konnte nicht aus dem Schlüsselbund entfernt werden (%1).</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/KeychainTokenStore.cpp" line="91"/>
        <source>The keychain failed (%1).</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet (%1).</translation>
    </message>
</context>
<context>
    <name>KnownServers</name>
    <message>
        <location filename="../../src/core/settings/KnownServers.cpp" line="26"/>
        <source>Tallyfy (go.tallyfy.com)</source>
        <translation>Tallyfy (go.tallyfy.com)</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/KnownServers.cpp" line="28"/>
        <source>Tallyfy (api.tallyfy.com)</source>
        <translation>Tallyfy (api.tallyfy.com)</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/KnownServers.cpp" line="30"/>
        <source>Tallyfy staging</source>
        <translation>Tallyfy Staging</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <location filename="../../src/core/settings/LaunchOptions.cpp" line="17"/>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/LaunchOptions.cpp" line="28"/>
        <source>Taskdesk: see, finish and create your Tallyfy tasks.</source>
        <translation>Taskdesk: Ihre Tallyfy-Aufgaben sehen, erledigen und anlegen.</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/LaunchOptions.cpp" line="34"/>
        <source>Use the built-in sandbox server with sample data instead of Tallyfy. Nothing leaves this computer.</source>
        <translation>Den eingebauten Sandbox-Server mit Beispieldaten statt Tallyfy verwenden. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/LaunchOptions.cpp" line="39"/>
        <source>Use this API base URL for this run, for example https://go.tallyfy.com/api.</source>
        <translation>Diese API-Basis-URL für diese Sitzung verwenden, zum Beispiel https://go.tallyfy.com/api.</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/LaunchOptions.cpp" line="45"/>
        <source>Use this organization ID (32 characters, 0-9 and a-f) for this run.</source>
        <translation>Diese Organisations-ID (32 Zeichen, 0-9 und a-f) für diese Sitzung verwenden.</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/LaunchOptions.cpp" line="51"/>
        <source>Look this task up at start: a task ID or a link copied from Tallyfy.</source>
        <translation>Diese Aufgabe beim Start abrufen: eine Aufgaben-ID oder ein aus Tallyfy kopierter Link.</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/LaunchOptions.cpp" line="57"/>
        <source>Preselect this process (run ID) for a new one-off task.</source>
        <translation>Diesen Prozess (Run-ID) für eine neue Einzelaufgabe vorauswählen.</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/LaunchOptions.cpp" line="62"/>
        <source>Comma-separated includes to request with a task, for this run (default: %1). Known: %2.</source>
        <translation>Kommagetrennte Zusatzdaten (Includes), die für diese Sitzung mit einer Aufgabe angefordert werden (Standard: %1). Bekannt: %2.</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/LaunchOptions.cpp" line="69"/>
        <source>Use this language for this run, for example de or pt_BR.</source>
        <translation>Diese Sprache für diese Sitzung verwenden, zum Beispiel de oder pt_BR.</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/LaunchOptions.cpp" line="80"/>
        <source>Usage: %1 [options]</source>
        <translation>Aufruf: %1 [Optionen]</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/LaunchOptions.cpp" line="104"/>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/LaunchOptions.cpp" line="112"/>
        <source>--sandbox and --server cannot be used together.</source>
        <translation>--sandbox und --server können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/LaunchOptions.cpp" line="132"/>
        <source>Give a task ID or a link to a task.</source>
        <translation>Geben Sie eine Aufgaben-ID oder einen Link zu einer Aufgabe an.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/gui/shell/MainWindow.cpp" line="53"/>
        <source>Taskdesk</source>
        <translation>Taskdesk</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/MainWindow.cpp" line="114"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/MainWindow.cpp" line="127"/>
        <source>Look up</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/MainWindow.cpp" line="138"/>
        <source>New one-off task</source>
        <translation>Neue Einzelaufgabe</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/MainWindow.cpp" line="175"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/MainWindow.cpp" line="177"/>
        <source>&amp;New one-off task</source>
        <translation>&amp;Neue Einzelaufgabe</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/MainWindow.cpp" line="180"/>
        <source>&amp;Tasks</source>
        <translation>Auf&amp;gaben</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/MainWindow.cpp" line="183"/>
        <source>&amp;Look up task</source>
        <translation>Aufgabe &amp;abrufen</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/MainWindow.cpp" line="188"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/MainWindow.cpp" line="193"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/MainWindow.cpp" line="195"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/MainWindow.cpp" line="199"/>
        <source>&amp;Reload people, groups and tags</source>
        <translation>Personen, Gruppen und Tags neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/MainWindow.cpp" line="203"/>
        <source>Fetch the organization&apos;s members, groups, guests, tags and processes again.</source>
        <translation>Mitglieder, Gruppen, Gäste, Tags und Prozesse der Organisation erneut laden.</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/MainWindow.cpp" line="205"/>
        <source>Use the sand&amp;box</source>
        <translation>&amp;Sandbox verwenden</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/MainWindow.cpp" line="208"/>
        <source>Switch to the built-in practice server with sample data. Nothing is saved.</source>
        <translation>Zum eingebauten Übungsserver mit Beispieldaten wechseln. Es wird nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/MainWindow.cpp" line="211"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/MainWindow.cpp" line="213"/>
        <source>&amp;About Taskdesk</source>
        <translation>Ü&amp;ber Taskdesk</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/MainWindow.cpp" line="262"/>
        <source>The built-in sandbox at %1: sample data, nothing is saved.</source>
        <translation>Die eingebaute Sandbox unter %1: Beispieldaten, es wird nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/MainWindow.cpp" line="319"/>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/MainWindow.cpp" line="344"/>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/MainWindow.cpp" line="351"/>
        <source>Using the sandbox: sample data, nothing is saved.</source>
        <translation>Die Sandbox wird verwendet: Beispieldaten, es wird nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>Me</name>
    <message>
        <location filename="../../src/core/domain/Me.cpp" line="23"/>
        <source>The user record has no valid ID.</source>
        <translation>Der Benutzerdatensatz hat keine gültige ID.</translation>
    </message>
</context>
<context>
    <name>Member</name>
    <message>
        <location filename="../../src/core/domain/Member.cpp" line="25"/>
        <source>The member has no valid ID.</source>
        <translation>Das Mitglied hat keine gültige ID.</translation>
    </message>
</context>
<context>
    <name>MentionCompleter</name>
    <message>
        <location filename="../../src/gui/conversation/MentionCompleter.cpp" line="34"/>
        <source>Members to mention</source>
        <translation>Mitglieder zum Erwähnen</translation>
    </message>
</context>
<context>
    <name>NameDirectory</name>
    <message>
        <location filename="../../src/models/NameDirectory.cpp" line="21"/>
        <source>Unknown member #%1</source>
        <translation>Unbekanntes Mitglied #%1</translation>
    </message>
    <message>
        <location filename="../../src/models/NameDirectory.cpp" line="30"/>
        <source>Unknown group %1</source>
        <translation>Unbekannte Gruppe %1</translation>
    </message>
</context>
<context>
    <name>NewTaskForm</name>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="70"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="90"/>
        <location filename="../../src/gui/newtask/DraftAreas.cpp" line="17"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="93"/>
        <source>What needs to be done?</source>
        <translation>Was ist zu tun?</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="103"/>
        <source>0 / 600</source>
        <translation>0 / 600</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="117"/>
        <source>Task t&amp;ype</source>
        <translation>Aufgabent&amp;yp</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="137"/>
        <location filename="../../src/gui/newtask/DraftAreas.cpp" line="18"/>
        <source>Task type</source>
        <translation>Aufgabentyp</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="161"/>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="179"/>
        <location filename="../../src/gui/newtask/DraftAreas.cpp" line="19"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="185"/>
        <source>Details, links and instructions for the assignees (optional)</source>
        <translation>Details, Links und Anweisungen für die Zuständigen (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="209"/>
        <source>&amp;Assignees</source>
        <translation>&amp;Zuständige</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="229"/>
        <source>Dead&amp;line</source>
        <translation>&amp;Frist</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="249"/>
        <source>&amp;Start</source>
        <translation>Beg&amp;inn</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="269"/>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="289"/>
        <source>&amp;More options</source>
        <translation>Weitere &amp;Optionen</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="335"/>
        <source>Separate task for each assignee</source>
        <translation>Eigene Aufgabe für jede zuständige Person</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="345"/>
        <source>Everyone must complete</source>
        <translation>Alle Zuständigen müssen erledigen</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="355"/>
        <source>Only assignees can complete</source>
        <translation>Nur Zuständige können erledigen</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="365"/>
        <source>Prevent guest comments</source>
        <translation>Kommentare von Gästen verhindern</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="375"/>
        <source>Top secret</source>
        <translation>Streng geheim</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="382"/>
        <source>Ma&amp;ximum assignees</source>
        <translation>Ma&amp;ximale Anzahl Zuständiger</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="411"/>
        <location filename="../../src/gui/newtask/DraftAreas.cpp" line="25"/>
        <source>Maximum assignees</source>
        <translation>Maximale Anzahl Zuständiger</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="414"/>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="441"/>
        <source>&amp;Webhook URL</source>
        <translation>&amp;Webhook-URL</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="459"/>
        <location filename="../../src/gui/newtask/DraftAreas.cpp" line="26"/>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="462"/>
        <source>https://example.com/hooks/task-completed (optional)</source>
        <translation>https://example.com/hooks/task-completed (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="474"/>
        <source>Attach to &amp;process</source>
        <translation>Einem &amp;Prozess zuordnen</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="492"/>
        <location filename="../../src/gui/newtask/DraftAreas.cpp" line="27"/>
        <source>Attach to process</source>
        <translation>Einem Prozess zuordnen</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="510"/>
        <source>F&amp;orm fields</source>
        <translation>Form&amp;ularfelder</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskResult.cpp" line="38"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="583"/>
        <source>Discard draft…</source>
        <translation>Entwurf verwerfen…</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="629"/>
        <location filename="../../src/gui/newtask/NewTaskForm.cpp" line="274"/>
        <source>&amp;Create task</source>
        <translation>Aufgabe e&amp;rstellen</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskResult.cpp" line="22"/>
        <source>ddd yyyy-MM-dd HH:mm</source>
        <extracomment>A QLocale::toString() date and time pattern</extracomment>
        <translation>ddd, dd.MM.yyyy, HH:mm</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskForm.cpp" line="69"/>
        <source>Restored the draft you had not sent yet. “Discard draft” starts over.</source>
        <translation>Ihr noch nicht gesendeter Entwurf wurde wiederhergestellt. Mit „Entwurf verwerfen“ beginnen Sie neu.</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/DraftAreas.cpp" line="20"/>
        <location filename="../../src/gui/newtask/NewTaskForm.cpp" line="108"/>
        <source>Assignees</source>
        <translation>Zuständige</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/DraftAreas.cpp" line="21"/>
        <location filename="../../src/gui/newtask/NewTaskForm.cpp" line="110"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskForm.cpp" line="115"/>
        <location filename="../../src/gui/newtask/NewTaskForm.cpp" line="120"/>
        <source>Set a start</source>
        <translation>Beginn festlegen</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/DraftAreas.cpp" line="22"/>
        <location filename="../../src/gui/newtask/NewTaskForm.cpp" line="118"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/DraftAreas.cpp" line="23"/>
        <location filename="../../src/gui/newtask/NewTaskForm.cpp" line="125"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskForm.cpp" line="128"/>
        <source>Add field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="332"/>
        <source>Creates one task per assignee (groups are expanded to their members), held together in a new process.</source>
        <translation>Erstellt für jede zuständige Person eine eigene Aufgabe (Gruppen werden in ihre Mitglieder aufgelöst), zusammengefasst in einem neuen Prozess.</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="342"/>
        <source>The task is complete only when every assignee has completed it.</source>
        <translation>Die Aufgabe ist erst erledigt, wenn alle Zuständigen sie erledigt haben.</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="352"/>
        <source>Only the assignees may complete the task.</source>
        <translation>Nur die Zuständigen dürfen die Aufgabe erledigen.</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="362"/>
        <source>Guests cannot comment on the task.</source>
        <translation>Gäste können die Aufgabe nicht kommentieren.</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="372"/>
        <source>Only the assignees and administrators can see the task.</source>
        <translation>Nur die Zuständigen und Administratoren können die Aufgabe sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="456"/>
        <source>Tallyfy calls this https address when the task is completed.</source>
        <translation>Tallyfy ruft diese https-Adresse auf, wenn die Aufgabe erledigt ist.</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="402"/>
        <source>The most people that may be assigned to the task; “No limit” sends nothing.</source>
        <translation>Die Höchstzahl an Personen, die der Aufgabe zugewiesen werden dürfen; bei „Keine Begrenzung“ wird nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="489"/>
        <source>Only active processes that accept one-off tasks are offered.</source>
        <translation>Angeboten werden nur aktive Prozesse, die Einzelaufgaben zulassen.</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="176"/>
        <source>Sent as the task&apos;s description (summary).</source>
        <translation>Wird als Beschreibung der Aufgabe (summary) gesendet.</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="607"/>
        <source>Creating the task</source>
        <translation>Aufgabe wird erstellt</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskForm.ui" line="626"/>
        <source>Create task</source>
        <translation>Aufgabe erstellen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/newtask/NewTaskForm.cpp" line="171"/>
        <source>%n task(s) created, one per assignee, in process %1</source>
        <translation>
            <numerusform>%n Aufgabe erstellt, eine pro zuständiger Person, im Prozess %1</numerusform>
            <numerusform>%n Aufgaben erstellt, eine pro zuständiger Person, im Prozess %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskForm.cpp" line="187"/>
        <source>Draft saved %1</source>
        <translation>Entwurf um %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/DraftAreas.cpp" line="92"/>
        <source>Form field %1</source>
        <translation>Formularfeld %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/DraftAreas.cpp" line="92"/>
        <source>Form fields</source>
        <translation>Formularfelder</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/DraftAreas.cpp" line="24"/>
        <source>More options</source>
        <translation>Weitere Optionen</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskSendState.cpp" line="9"/>
        <source>Sending the task to Tallyfy…</source>
        <translation>Die Aufgabe wird an Tallyfy gesendet…</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskSendState.cpp" line="12"/>
        <source>The last create may have worked: check whether the task exists before sending again.</source>
        <translation>Das letzte Erstellen hat möglicherweise geklappt: Prüfen Sie, ob die Aufgabe existiert, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskSendState.cpp" line="17"/>
        <source>Connect to Tallyfy in Settings before creating tasks.</source>
        <translation>Verbinden Sie sich in den Einstellungen mit Tallyfy, bevor Sie Aufgaben erstellen.</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskSendState.cpp" line="22"/>
        <source>Fix these first:</source>
        <translation>Beheben Sie zuerst Folgendes:</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskSendState.cpp" line="25"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/newtask/NewTaskSendState.cpp" line="28"/>
        <source>%n problem(s) to fix before the task can be created:</source>
        <translation>
            <numerusform>%n Problem muss behoben werden, bevor die Aufgabe erstellt werden kann:</numerusform>
            <numerusform>%n Probleme müssen behoben werden, bevor die Aufgabe erstellt werden kann:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskSendState.cpp" line="30"/>
        <source>To create the task:</source>
        <translation>Zum Erstellen der Aufgabe:</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskSendState.cpp" line="34"/>
        <source>Create the task in Tallyfy (Ctrl+Enter)</source>
        <translation>Die Aufgabe in Tallyfy erstellen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskSendState.cpp" line="37"/>
        <source>Ready to create. Ctrl+Enter sends.</source>
        <translation>Bereit zum Erstellen. Strg+Eingabe sendet.</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskSendState.cpp" line="38"/>
        <source>Ready to create, but note: %1</source>
        <translation>Bereit zum Erstellen, aber beachten Sie: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskForm.cpp" line="274"/>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/newtask/NewTaskResult.cpp" line="51"/>
        <source>Tallyfy asked to slow down (rate limit). The task was not created yet; sending it again in %n second(s)…</source>
        <translation>
            <numerusform>Tallyfy bittet um eine Pause (Ratenlimit). Die Aufgabe wurde noch nicht erstellt; sie wird in %n Sekunde erneut gesendet…</numerusform>
            <numerusform>Tallyfy bittet um eine Pause (Ratenlimit). Die Aufgabe wurde noch nicht erstellt; sie wird in %n Sekunden erneut gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskResult.cpp" line="56"/>
        <source>Creating “%1”…</source>
        <translation>„%1“ wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskResult.cpp" line="63"/>
        <source>Created “%1”. Task ID: %2</source>
        <translation>„%1“ wurde erstellt. Aufgaben-ID: %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskResult.cpp" line="67"/>
        <source>Tallyfy moved the deadline to %1 (the organization&apos;s working hours).</source>
        <translation>Tallyfy hat die Frist auf %1 verschoben (Arbeitszeiten der Organisation).</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskResult.cpp" line="71"/>
        <source>The description may not have been saved: Tallyfy returned none.</source>
        <translation>Die Beschreibung wurde möglicherweise nicht gespeichert: Tallyfy hat keine zurückgegeben.</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskResult.cpp" line="75"/>
        <source>Counting the tasks created for each assignee…</source>
        <translation>Die für jede zuständige Person erstellten Aufgaben werden gezählt…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/newtask/NewTaskResult.cpp" line="77"/>
        <source>%n task(s) were created, one per assignee, in process %1. The list can lag for a moment after a create: Refresh counts again.</source>
        <translation>
            <numerusform>%n Aufgabe wurde erstellt, eine pro zuständiger Person, im Prozess %1. Die Liste kann nach dem Erstellen kurz hinterherhinken: „Aktualisieren“ zählt erneut.</numerusform>
            <numerusform>%n Aufgaben wurden erstellt, eine pro zuständiger Person, im Prozess %1. Die Liste kann nach dem Erstellen kurz hinterherhinken: „Aktualisieren“ zählt erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskResult.cpp" line="82"/>
        <source>Could not list the tasks of process %1: %2</source>
        <translation>Die Aufgaben des Prozesses %1 konnten nicht aufgelistet werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/newtask/NewTaskResult.cpp" line="93"/>
        <source>Tallyfy refused the task: %n field(s) need attention. Nothing was created.</source>
        <translation>
            <numerusform>Tallyfy hat die Aufgabe abgelehnt: %n Feld muss überprüft werden. Es wurde nichts erstellt.</numerusform>
            <numerusform>Tallyfy hat die Aufgabe abgelehnt: %n Felder müssen überprüft werden. Es wurde nichts erstellt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskResult.cpp" line="99"/>
        <source>The task was not created: %1</source>
        <translation>Die Aufgabe wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskResult.cpp" line="107"/>
        <source>%1 The task may have been created anyway, so nothing was sent again. Check whether it exists before sending it again.</source>
        <translation>%1 Die Aufgabe wurde möglicherweise trotzdem erstellt, deshalb wurde nichts erneut gesendet. Prüfen Sie, ob sie existiert, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskResult.cpp" line="114"/>
        <source>Looking for “%1” among the one-off tasks created in the last minutes…</source>
        <translation>„%1“ wird unter den in den letzten Minuten erstellten Einzelaufgaben gesucht…</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskResult.cpp" line="122"/>
        <source>Could not check whether the task exists: %1</source>
        <translation>Es konnte nicht geprüft werden, ob die Aufgabe existiert: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskResult.cpp" line="127"/>
        <source>Found it: “%1” was created at %2 (task ID %3). Your request did reach Tallyfy.</source>
        <translation>Gefunden: „%1“ wurde am %2 erstellt (Aufgaben-ID %3). Ihre Anfrage hat Tallyfy also erreicht.</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskResult.cpp" line="130"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/newtask/NewTaskResult.cpp" line="133"/>
        <source>%n task(s) with this title were created in the last minutes; the newest is shown.</source>
        <translation>
            <numerusform>%n Aufgabe mit diesem Titel wurde in den letzten Minuten erstellt; die neueste wird angezeigt.</numerusform>
            <numerusform>%n Aufgaben mit diesem Titel wurden in den letzten Minuten erstellt; die neueste wird angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskResult.cpp" line="139"/>
        <source>No task called “%1” was created in the last %2 minutes. It is safe to send it again.</source>
        <translation>In den letzten %2 Minuten wurde keine Aufgabe namens „%1“ erstellt. Sie können sie gefahrlos erneut senden.</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskResult.cpp" line="38"/>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/DraftBinding.cpp" line="149"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/DraftBinding.cpp" line="154"/>
        <source>%1 of %2 characters used</source>
        <translation>%1 von %2 Zeichen verwendet</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskForm.cpp" line="343"/>
        <source>The task was not sent: some fields need attention.</source>
        <translation>Die Aufgabe wurde nicht gesendet: Einige Felder müssen überprüft werden.</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskForm.cpp" line="372"/>
        <source>Checking whether the task was created…</source>
        <translation>Es wird geprüft, ob die Aufgabe erstellt wurde…</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskForm.cpp" line="380"/>
        <source>Opened “%1” (task ID %2), which your request had created.</source>
        <translation>„%1“ (Aufgaben-ID %2) geöffnet, die Ihre Anfrage erstellt hatte.</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskForm.cpp" line="388"/>
        <source>Opened the task that was created: %1</source>
        <translation>Die erstellte Aufgabe wurde geöffnet: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskForm.cpp" line="396"/>
        <source>Copied task ID %1</source>
        <translation>Aufgaben-ID %1 kopiert</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskForm.cpp" line="402"/>
        <source>Created task “%1” (ID %2)</source>
        <translation>Aufgabe „%1“ erstellt (ID %2)</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskForm.cpp" line="404"/>
        <source>Created one task per assignee in process %1</source>
        <translation>Eine Aufgabe pro zuständiger Person im Prozess %1 erstellt</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskForm.cpp" line="427"/>
        <source>Discard draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskForm.cpp" line="428"/>
        <source>Discard this draft? Everything typed in the form is lost.</source>
        <translation>Diesen Entwurf verwerfen? Alles, was Sie im Formular eingegeben haben, geht verloren.</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskForm.cpp" line="439"/>
        <source>Draft discarded</source>
        <translation>Entwurf verworfen</translation>
    </message>
</context>
<context>
    <name>NewTaskResultPanel</name>
    <message>
        <location filename="../../ui/newtask/NewTaskResultPanel.ui" line="46"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskResultPanel.ui" line="56"/>
        <source>Open it</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskResultPanel.ui" line="66"/>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskResultPanel.ui" line="76"/>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskResultPanel.ui" line="86"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/NewTaskResultPanel.ui" line="96"/>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskResultPanel.cpp" line="40"/>
        <location filename="../../src/gui/newtask/NewTaskResultPanel.cpp" line="41"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskResultPanel.cpp" line="43"/>
        <source>Look for a task with this title created in the last few minutes</source>
        <translation>Nach einer Aufgabe mit diesem Titel suchen, die in den letzten Minuten erstellt wurde</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/NewTaskResultPanel.cpp" line="45"/>
        <source>Send the draft again: this may create a second task</source>
        <translation>Den Entwurf erneut senden: Dabei kann eine zweite Aufgabe entstehen</translation>
    </message>
</context>
<context>
    <name>OneOffTaskDraft</name>
    <message>
        <location filename="../../src/core/domain/OneOffTaskDraft.cpp" line="175"/>
        <source>Enter a title.</source>
        <translation>Geben Sie einen Titel ein.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/OneOffTaskDraft.cpp" line="178"/>
        <source>The title has %1 characters; the limit is %2.</source>
        <translation>Der Titel hat %1 Zeichen; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/OneOffTaskDraft.cpp" line="186"/>
        <source>Choose a task type.</source>
        <translation>Wählen Sie einen Aufgabentyp.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/OneOffTaskDraft.cpp" line="193"/>
        <source>Assign the task to at least one member, guest or group.</source>
        <translation>Weisen Sie die Aufgabe mindestens einem Mitglied, einem Gast oder einer Gruppe zu.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/OneOffTaskDraft.cpp" line="203"/>
        <source>This member ID is not valid.</source>
        <translation>Diese Mitglieds-ID ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/OneOffTaskDraft.cpp" line="206"/>
        <source>%1 is not a member of this organization.</source>
        <translation>%1 ist kein Mitglied dieser Organisation.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/OneOffTaskDraft.cpp" line="233"/>
        <source>“%1” is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/OneOffTaskDraft.cpp" line="237"/>
        <source>%1 belongs to a member of this organization. Assign the member instead of a guest.</source>
        <translation>%1 gehört zu einem Mitglied dieser Organisation. Weisen Sie das Mitglied statt eines Gastes zu.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/OneOffTaskDraft.cpp" line="243"/>
        <source>%1 uses your organization&apos;s email domain; Tallyfy may refuse it as a guest.</source>
        <translation>%1 verwendet die E-Mail-Domain Ihrer Organisation; Tallyfy lehnt sie als Gast möglicherweise ab.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/OneOffTaskDraft.cpp" line="251"/>
        <source>A task with guests also needs at least one member as assignee.</source>
        <translation>Eine Aufgabe mit Gästen braucht außerdem mindestens ein Mitglied als zuständige Person.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/OneOffTaskDraft.cpp" line="259"/>
        <source>This group ID is not valid.</source>
        <translation>Diese Gruppen-ID ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/OneOffTaskDraft.cpp" line="265"/>
        <source>Set a deadline.</source>
        <translation>Legen Sie eine Frist fest.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/OneOffTaskDraft.cpp" line="267"/>
        <source>The deadline is in the past.</source>
        <translation>Die Frist liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/OneOffTaskDraft.cpp" line="271"/>
        <source>The start cannot be after the deadline.</source>
        <translation>Der Beginn darf nicht nach der Frist liegen.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/OneOffTaskDraft.cpp" line="277"/>
        <source>The maximum number of assignees must be a positive whole number.</source>
        <translation>Die maximale Anzahl Zuständiger muss eine positive ganze Zahl sein.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/OneOffTaskDraft.cpp" line="286"/>
        <source>This tag ID is not valid.</source>
        <translation>Diese Tag-ID ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/OneOffTaskDraft.cpp" line="295"/>
        <source>The webhook must be a complete address starting with https://.</source>
        <translation>Der Webhook muss eine vollständige Adresse sein, die mit https:// beginnt.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/OneOffTaskDraft.cpp" line="306"/>
        <source>A process ID is 32 hexadecimal characters (0-9, a-f).</source>
        <translation>Eine Prozess-ID besteht aus 32 Hexadezimalzeichen (0-9, a-f).</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/OneOffTaskDraft.cpp" line="313"/>
        <source>This process is not among the loaded processes; Tallyfy may refuse it.</source>
        <translation>Dieser Prozess ist nicht unter den geladenen Prozessen; Tallyfy lehnt ihn möglicherweise ab.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/OneOffTaskDraft.cpp" line="318"/>
        <source>The process “%1” does not allow one-off tasks.</source>
        <translation>Der Prozess „%1“ lässt keine Einzelaufgaben zu.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/OneOffTaskDraft.cpp" line="333"/>
        <source>Enter a label for this field.</source>
        <translation>Geben Sie eine Bezeichnung für dieses Feld ein.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/OneOffTaskDraft.cpp" line="336"/>
        <source>The label has %1 characters; the limit is %2.</source>
        <translation>Die Bezeichnung hat %1 Zeichen; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/OneOffTaskDraft.cpp" line="344"/>
        <source>Email fields cannot be shown in the Tallyfy web app; use Short text instead.</source>
        <translation>E-Mail-Felder kann die Tallyfy-Web-App nicht anzeigen; verwenden Sie stattdessen „Kurzer Text“.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/OneOffTaskDraft.cpp" line="350"/>
        <source>Choose a field type.</source>
        <translation>Wählen Sie einen Feldtyp.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/OneOffTaskDraft.cpp" line="357"/>
        <source>Radio buttons need at least two options.</source>
        <translation>Optionsfelder brauchen mindestens zwei Optionen.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/OneOffTaskDraft.cpp" line="359"/>
        <source>Add at least one option.</source>
        <translation>Fügen Sie mindestens eine Option hinzu.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/OneOffTaskDraft.cpp" line="366"/>
        <source>Enter a text for this option.</source>
        <translation>Geben Sie einen Text für diese Option ein.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/OneOffTaskDraft.cpp" line="369"/>
        <source>This option is listed twice.</source>
        <translation>Diese Option ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/OneOffTaskDraft.cpp" line="377"/>
        <source>A table needs at least one column.</source>
        <translation>Eine Tabelle braucht mindestens eine Spalte.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/OneOffTaskDraft.cpp" line="382"/>
        <source>Enter a label for this column.</source>
        <translation>Geben Sie eine Bezeichnung für diese Spalte ein.</translation>
    </message>
</context>
<context>
    <name>OptionsEditor</name>
    <message>
        <location filename="../../ui/newtask/OptionsEditor.ui" line="26"/>
        <location filename="../../src/gui/newtask/OptionsEditor.cpp" line="48"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/OptionsEditor.ui" line="33"/>
        <location filename="../../src/gui/newtask/OptionsEditor.cpp" line="51"/>
        <source>IDs 1, 2, 3… are given in this order.</source>
        <translation>Die IDs 1, 2, 3… werden in dieser Reihenfolge vergeben.</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/OptionsEditor.ui" line="50"/>
        <location filename="../../src/gui/newtask/OptionsEditor.cpp" line="49"/>
        <source>Add option</source>
        <translation>Option hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/OptionsEditor.cpp" line="48"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/OptionsEditor.cpp" line="49"/>
        <source>Add column</source>
        <translation>Spalte hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/OptionsEditor.cpp" line="52"/>
        <source>Column IDs 1, 2, 3… are given in this order.</source>
        <translation>Die Spalten-IDs 1, 2, 3… werden in dieser Reihenfolge vergeben.</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/OptionsEditor.cpp" line="206"/>
        <source>Sent with ID %1</source>
        <translation>Wird mit der ID %1 gesendet</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/OptionsEditor.cpp" line="207"/>
        <location filename="../../src/gui/newtask/OptionsEditor.cpp" line="208"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/OptionsEditor.cpp" line="212"/>
        <source>Move option %1 up</source>
        <translation>Option %1 nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/OptionsEditor.cpp" line="213"/>
        <source>Move column %1 up</source>
        <translation>Spalte %1 nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/OptionsEditor.cpp" line="215"/>
        <source>Move option %1 down</source>
        <translation>Option %1 nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/OptionsEditor.cpp" line="216"/>
        <source>Move column %1 down</source>
        <translation>Spalte %1 nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/OptionsEditor.cpp" line="218"/>
        <source>Remove option %1</source>
        <translation>Option %1 entfernen</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/OptionsEditor.cpp" line="219"/>
        <source>Remove column %1</source>
        <translation>Spalte %1 entfernen</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/OptionsEditor.cpp" line="239"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/OptionsEditor.cpp" line="239"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
</context>
<context>
    <name>Organization</name>
    <message>
        <location filename="../../src/core/domain/Organization.cpp" line="14"/>
        <source>The organization has no ID.</source>
        <translation>Die Organisation hat keine ID.</translation>
    </message>
</context>
<context>
    <name>OrganizationPicker</name>
    <message>
        <location filename="../../ui/shell/OrganizationPicker.ui" line="24"/>
        <source>&amp;Organization</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/OrganizationPicker.cpp" line="23"/>
        <source>Choose, or type the 32-character ID</source>
        <translation>Auswählen oder die 32-stellige ID eingeben</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/OrganizationPicker.cpp" line="24"/>
        <source>Shown in the web app under Settings &gt; Organization, and in web-app addresses right after the host name.</source>
        <translation>Wird in der Web-App unter Settings &gt; Organization angezeigt und steht in Adressen der Web-App direkt nach dem Hostnamen.</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/OrganizationPicker.cpp" line="42"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/OrganizationPicker.cpp" line="133"/>
        <source>Choose an organization.</source>
        <translation>Wählen Sie eine Organisation.</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/OrganizationPicker.cpp" line="154"/>
        <source>This token has no access to organization %1. Choose one from the list, or create the token while that organization is active in the web app.</source>
        <translation>Dieses Token hat keinen Zugriff auf die Organisation %1. Wählen Sie eine aus der Liste, oder erstellen Sie das Token, während diese Organisation in der Web-App aktiv ist.</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/OrganizationPicker.cpp" line="184"/>
        <source>Loading your organizations…</source>
        <translation>Ihre Organisationen werden geladen…</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/OrganizationPicker.cpp" line="186"/>
        <source>Could not list your organizations: %1</source>
        <translation>Ihre Organisationen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/OrganizationPicker.cpp" line="192"/>
        <source>This token belongs to no organization.</source>
        <translation>Dieses Token gehört zu keiner Organisation.</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/OrganizationPicker.cpp" line="195"/>
        <source>Organizations available to this token: %1.</source>
        <translation>Für dieses Token verfügbare Organisationen: %1.</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/OrganizationPicker.cpp" line="198"/>
        <source>Enter a token to choose from your organizations, or type the organization&apos;s ID.</source>
        <translation>Geben Sie ein Token ein, um aus Ihren Organisationen zu wählen, oder geben Sie die ID der Organisation ein.</translation>
    </message>
</context>
<context>
    <name>OwnersModel</name>
    <message>
        <location filename="../../src/models/OwnersModel.cpp" line="64"/>
        <source>Nobody assigned</source>
        <translation>Niemand zugewiesen</translation>
    </message>
    <message>
        <location filename="../../src/models/OwnersModel.cpp" line="89"/>
        <source>Users (%1)</source>
        <translation>Benutzer (%1)</translation>
    </message>
    <message>
        <location filename="../../src/models/OwnersModel.cpp" line="91"/>
        <source>Guests (%1)</source>
        <translation>Gäste (%1)</translation>
    </message>
    <message>
        <location filename="../../src/models/OwnersModel.cpp" line="93"/>
        <source>Groups (%1)</source>
        <translation>Gruppen (%1)</translation>
    </message>
    <message>
        <location filename="../../src/models/OwnersModel.cpp" line="172"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/models/OwnersModel.cpp" line="174"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>RecentLookupsModel</name>
    <message>
        <location filename="../../src/models/RecentLookupsModel.cpp" line="53"/>
        <source>%1
Looked up %2</source>
        <translation>%1
Abgerufen am %2</translation>
    </message>
</context>
<context>
    <name>RecentLookupsView</name>
    <message>
        <location filename="../../ui/lookup/RecentLookupsView.ui" line="32"/>
        <source>Recen&amp;t lookups</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/RecentLookupsView.ui" line="42"/>
        <location filename="../../src/gui/lookup/RecentLookupsView.cpp" line="37"/>
        <source>Filter recent lookups</source>
        <translation>Verlauf filtern</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/RecentLookupsView.ui" line="65"/>
        <location filename="../../src/gui/lookup/RecentLookupsView.cpp" line="122"/>
        <source>Tasks you look up appear here.</source>
        <translation>Hier erscheinen die Aufgaben, die Sie abrufen.</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/RecentLookupsView.cpp" line="36"/>
        <source>Recent lookups</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/RecentLookupsView.cpp" line="41"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/RecentLookupsView.cpp" line="43"/>
        <source>Remove from recent lookups</source>
        <translation>Aus dem Verlauf entfernen</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/RecentLookupsView.cpp" line="49"/>
        <source>Clear recent lookups</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/RecentLookupsView.cpp" line="123"/>
        <source>No recent lookup matches the filter.</source>
        <translation>Kein Eintrag im Verlauf passt zum Filter.</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message numerus="yes">
        <location filename="../../src/gui/widgets/RelativeTime.cpp" line="19"/>
        <source>%n minute</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/widgets/RelativeTime.cpp" line="19"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/widgets/RelativeTime.cpp" line="23"/>
        <source>%n hour</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/widgets/RelativeTime.cpp" line="23"/>
        <source>%n hours</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/widgets/RelativeTime.cpp" line="26"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/widgets/RelativeTime.cpp" line="35"/>
        <source>due in less than a minute</source>
        <translation>fällig in weniger als einer Minute</translation>
    </message>
    <message>
        <location filename="../../src/gui/widgets/RelativeTime.cpp" line="36"/>
        <source>due in %1</source>
        <comment>a span of time, e.g. &apos;3 days&apos;</comment>
        <translation>fällig in %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/widgets/RelativeTime.cpp" line="39"/>
        <source>overdue by less than a minute</source>
        <translation>seit weniger als einer Minute überfällig</translation>
    </message>
    <message>
        <location filename="../../src/gui/widgets/RelativeTime.cpp" line="40"/>
        <source>overdue by %1</source>
        <comment>a span of time, e.g. &apos;2 hours&apos;</comment>
        <translation>seit %1 überfällig</translation>
    </message>
    <message>
        <location filename="../../src/gui/widgets/RelativeTime.cpp" line="52"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location filename="../../src/gui/widgets/RelativeTime.cpp" line="54"/>
        <source>%1 ago</source>
        <comment>a span of time, e.g. &apos;5 minutes&apos;</comment>
        <translation>vor %1</translation>
    </message>
</context>
<context>
    <name>Run</name>
    <message>
        <location filename="../../src/core/domain/Run.cpp" line="14"/>
        <source>The process has no ID.</source>
        <translation>Der Prozess hat keine ID.</translation>
    </message>
</context>
<context>
    <name>RunPicker</name>
    <message>
        <location filename="../../src/gui/newtask/RunPicker.cpp" line="77"/>
        <source>None (a stand-alone task)</source>
        <translation>Keiner (eigenständige Aufgabe)</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/RunPicker.cpp" line="88"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/RunPicker.cpp" line="93"/>
        <source>Process ID %1</source>
        <translation>Prozess-ID %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/RunPicker.cpp" line="100"/>
        <source>%1 (not among the loaded processes)</source>
        <translation>%1 (nicht unter den geladenen Prozessen)</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/RunPicker.cpp" line="109"/>
        <source>Loading processes…</source>
        <translation>Prozesse werden geladen…</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/RunPicker.cpp" line="111"/>
        <source>Could not load the processes: %1</source>
        <translation>Die Prozesse konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/RunPicker.cpp" line="113"/>
        <source>No active process accepts one-off tasks</source>
        <translation>Kein aktiver Prozess lässt Einzelaufgaben zu</translation>
    </message>
</context>
<context>
    <name>ServerPicker</name>
    <message>
        <location filename="../../ui/shell/ServerPicker.ui" line="24"/>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location filename="../../ui/shell/ServerPicker.ui" line="40"/>
        <source>Custom server &amp;URL</source>
        <translation>Eigene Server-&amp;URL</translation>
    </message>
    <message>
        <location filename="../../ui/shell/ServerPicker.ui" line="53"/>
        <source>https://tallyfy.example.com/api</source>
        <translation>https://tallyfy.example.com/api</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/ServerPicker.cpp" line="22"/>
        <source>Custom server…</source>
        <translation>Eigener Server…</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/ServerPicker.cpp" line="93"/>
        <source>Enter the API base URL of the custom server.</source>
        <translation>Geben Sie die API-Basis-URL des eigenen Servers ein.</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/ServerPicker.cpp" line="136"/>
        <source>The server address in the settings file was refused, so nothing was sent to it: %1</source>
        <translation>Die Serveradresse in der Einstellungsdatei wurde abgelehnt, daher wurde nichts an sie gesendet: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/ServerPicker.cpp" line="147"/>
        <source>The address ends where the API&apos;s paths begin, e.g. https://example.com/api. Plain http:// is allowed only for this computer (localhost).</source>
        <translation>Die Adresse endet dort, wo die Pfade der API beginnen, z. B. https://example.com/api. Unverschlüsseltes http:// ist nur für diesen Computer (localhost) erlaubt.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../src/core/session/Session.cpp" line="80"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location filename="../../src/core/session/Session.cpp" line="83"/>
        <source>Not connected: the server address in the settings was refused (see Settings)</source>
        <translation>Nicht verbunden: Die Serveradresse in den Einstellungen wurde abgelehnt (siehe Einstellungen)</translation>
    </message>
    <message>
        <location filename="../../src/core/session/Session.cpp" line="87"/>
        <source>Not connected: choose an organization and a token in Settings</source>
        <translation>Nicht verbunden: Wählen Sie in den Einstellungen eine Organisation und ein Token</translation>
    </message>
    <message>
        <location filename="../../src/core/session/Session.cpp" line="95"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../../src/core/session/Session.cpp" line="97"/>
        <source>%1 (no token)</source>
        <translation>%1 (kein Token)</translation>
    </message>
    <message>
        <location filename="../../src/core/session/Session.cpp" line="155"/>
        <source>The server address “%1” in the settings file was refused: %2 Nothing is sent until you choose a server in Settings.</source>
        <translation>Die Serveradresse „%1“ in der Einstellungsdatei wurde abgelehnt: %2 Es wird nichts gesendet, bis Sie in den Einstellungen einen Server wählen.</translation>
    </message>
    <message>
        <location filename="../../src/core/session/Session.cpp" line="164"/>
        <source>No organization is chosen.</source>
        <translation>Es ist keine Organisation ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../src/core/session/Session.cpp" line="179"/>
        <source>No token is stored for this organization.</source>
        <translation>Für diese Organisation ist kein Token gespeichert.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/shell/SettingsDialog.ui" line="6"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/SettingsDialog.ui" line="71"/>
        <source>Request t&amp;imeout</source>
        <translation>Zeitlimit je &amp;Anfrage</translation>
    </message>
    <message>
        <location filename="../../ui/shell/SettingsDialog.ui" line="86"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../ui/shell/SettingsDialog.ui" line="113"/>
        <location filename="../../src/gui/shell/SettingsDialog.cpp" line="271"/>
        <source>Test &amp;connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/SettingsDialog.ui" line="172"/>
        <source>&amp;Keep for this run only</source>
        <translation>Nur für diese Sitzung be&amp;halten</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/SettingsDialog.cpp" line="94"/>
        <source>How long to wait for each answer from the server before giving up.</source>
        <translation>Wie lange auf jede Antwort des Servers gewartet wird, bevor aufgegeben wird.</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/SettingsDialog.cpp" line="104"/>
        <source>Checks the token, the organization and the server without saving anything.</source>
        <translation>Prüft Token, Organisation und Server, ohne etwas zu speichern.</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/SettingsDialog.cpp" line="336"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/SettingsDialog.cpp" line="205"/>
        <source>The token in use was stored for another server. Paste a token for %1, or confirm that the token in use may be sent there.</source>
        <translation>Das verwendete Token wurde für einen anderen Server gespeichert. Fügen Sie ein Token für %1 ein, oder bestätigen Sie, dass das verwendete Token dorthin gesendet werden darf.</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/SettingsDialog.cpp" line="100"/>
        <source>Taskdesk is using the built-in sandbox. These are the settings for your Tallyfy organization: saving a token here leaves the sandbox and connects to it.</source>
        <translation>Taskdesk nutzt die eingebaute Sandbox. Dies sind die Einstellungen für Ihre Tallyfy-Organisation: Wenn Sie hier ein Token speichern, verlässt Taskdesk die Sandbox und verbindet sich mit ihr.</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/SettingsDialog.cpp" line="208"/>
        <source>&amp;Use my token for %1</source>
        <translation>Mein Token für %1 &amp;verwenden</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/SettingsDialog.cpp" line="271"/>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/SettingsDialog.cpp" line="273"/>
        <source>Testing the connection…</source>
        <translation>Die Verbindung wird getestet…</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/SettingsDialog.cpp" line="301"/>
        <source>Enter a token first.</source>
        <translation>Geben Sie zuerst ein Token ein.</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/SettingsDialog.cpp" line="319"/>
        <source>Nothing was sent: paste a token for %1, or confirm that the token in use may be sent there.</source>
        <translation>Es wurde nichts gesendet: Fügen Sie ein Token für %1 ein, oder bestätigen Sie, dass das verwendete Token dorthin gesendet werden darf.</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/SettingsDialog.cpp" line="341"/>
        <location filename="../../src/gui/shell/SettingsDialog.cpp" line="349"/>
        <source>Signed in as %1, but: %2</source>
        <translation>Angemeldet als %1, aber: %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/SettingsDialog.cpp" line="342"/>
        <source>Signed in as %1. Now choose an organization.</source>
        <translation>Angemeldet als %1. Wählen Sie jetzt eine Organisation.</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/SettingsDialog.cpp" line="355"/>
        <source>Signed in as %1 in %2</source>
        <translation>Angemeldet als %1 in %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/SettingsDialog.cpp" line="429"/>
        <source>The stored token could not be removed from the system keychain: %1</source>
        <translation>Das gespeicherte Token konnte nicht aus dem Schlüsselbund des Systems entfernt werden: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/SettingsDialog.cpp" line="435"/>
        <source>The token could not be saved in the system keychain. %1
Taskdesk never writes tokens to a plain file. A token kept for this run only is forgotten when Taskdesk closes.</source>
        <translation>Das Token konnte nicht im Schlüsselbund des Systems gespeichert werden. %1
Taskdesk schreibt Tokens nie in eine einfache Datei. Ein nur für diese Sitzung behaltenes Token wird beim Beenden von Taskdesk vergessen.</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/SettingsDialog.cpp" line="440"/>
        <source>The keychain did not accept the token; see below.</source>
        <translation>Der Schlüsselbund hat das Token nicht angenommen; siehe unten.</translation>
    </message>
</context>
<context>
    <name>Tag</name>
    <message>
        <location filename="../../src/core/domain/Tag.cpp" line="14"/>
        <source>The tag has no ID.</source>
        <translation>Das Tag hat keine ID.</translation>
    </message>
</context>
<context>
    <name>TagPicker</name>
    <message>
        <location filename="../../ui/newtask/TagPicker.ui" line="24"/>
        <source>Type a tag&apos;s name</source>
        <translation>Namen eines Tags eingeben</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/TagPicker.ui" line="58"/>
        <location filename="../../src/gui/newtask/TagPicker.cpp" line="194"/>
        <source>Loading tags…</source>
        <translation>Tags werden geladen…</translation>
    </message>
    <message>
        <location filename="../../ui/newtask/TagPicker.ui" line="68"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/TagPicker.cpp" line="41"/>
        <source>Matching tags</source>
        <translation>Passende Tags</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/TagPicker.cpp" line="46"/>
        <source>Chosen tags</source>
        <translation>Ausgewählte Tags</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/TagPicker.cpp" line="47"/>
        <source>Loading tags</source>
        <translation>Tags werden geladen</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/TagPicker.cpp" line="48"/>
        <source>Up and Down choose a tag, Enter adds it.</source>
        <translation>Mit den Pfeiltasten nach oben und unten wählen Sie ein Tag, die Eingabetaste fügt es hinzu.</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/TagPicker.cpp" line="125"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/TagPicker.cpp" line="168"/>
        <source>No tag is called “%1”. Tags are created in Tallyfy.</source>
        <translation>Es gibt kein Tag namens „%1“. Tags werden in Tallyfy angelegt.</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/TagPicker.cpp" line="181"/>
        <source>process tag</source>
        <translation>Prozess-Tag</translation>
    </message>
    <message>
        <location filename="../../src/gui/newtask/TagPicker.cpp" line="197"/>
        <source>Could not load the tags: %1</source>
        <translation>Die Tags konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../src/core/domain/Task.cpp" line="133"/>
        <source>The response does not contain a task (it has no ID).</source>
        <translation>Die Antwort enthält keine Aufgabe (sie hat keine ID).</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/Task.cpp" line="231"/>
        <source>The response does not contain a task.</source>
        <translation>Die Antwort enthält keine Aufgabe.</translation>
    </message>
</context>
<context>
    <name>TaskActionBar</name>
    <message>
        <location filename="../../src/gui/lookup/TaskActionBar.cpp" line="33"/>
        <source>&amp;Complete</source>
        <translation>&amp;Erledigen</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskActionBar.cpp" line="34"/>
        <source>&amp;Approve</source>
        <translation>Ge&amp;nehmigen</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskActionBar.cpp" line="35"/>
        <source>R&amp;eject</source>
        <translation>Abl&amp;ehnen</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskActionBar.cpp" line="37"/>
        <source>Ac&amp;knowledge</source>
        <translation>&amp;Kenntnis bestätigen</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskActionBar.cpp" line="38"/>
        <source>R&amp;eopen</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskActionBar.cpp" line="156"/>
        <source>Reject the task?</source>
        <translation>Die Aufgabe ablehnen?</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskActionBar.cpp" line="157"/>
        <source>Reject “%1”? Everyone involved is told it was rejected.</source>
        <translation>„%1“ ablehnen? Alle Beteiligten erfahren, dass sie abgelehnt wurde.</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskActionBar.cpp" line="162"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskActionBar.cpp" line="176"/>
        <source>Reopen the task</source>
        <translation>Die Aufgabe wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskActionBar.cpp" line="177"/>
        <source>Why is it reopened? (optional; posted as a comment)</source>
        <translation>Warum wird sie wieder geöffnet? (optional; wird als Kommentar veröffentlicht)</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskActionBar.cpp" line="179"/>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskActionBar.cpp" line="196"/>
        <source>Sending “%1”…</source>
        <translation>„%1“ wird gesendet…</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskActionBar.cpp" line="219"/>
        <source>The task is open again; your reason was posted as a comment.</source>
        <translation>Die Aufgabe ist wieder offen; Ihre Begründung wurde als Kommentar veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskActionBar.cpp" line="222"/>
        <source>The task is open again, but the reason was not saved (%1). Your reason: %2</source>
        <translation>Die Aufgabe ist wieder offen, aber die Begründung wurde nicht gespeichert (%1). Ihre Begründung: %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskActionBar.cpp" line="256"/>
        <source>The answer was lost; checking the task…</source>
        <translation>Die Antwort ging verloren; die Aufgabe wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskActionBar.cpp" line="257"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
</context>
<context>
    <name>TaskActionPlan</name>
    <message>
        <location filename="../../src/core/domain/TaskActionPlan.cpp" line="49"/>
        <source>The task has no ID.</source>
        <translation>Die Aufgabe hat keine ID.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskActionPlan.cpp" line="51"/>
        <source>This action does not apply to a task of this type.</source>
        <translation>Diese Aktion passt nicht zu einer Aufgabe dieses Typs.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskActionPlan.cpp" line="54"/>
        <source>The task is archived.</source>
        <translation>Die Aufgabe ist archiviert.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskActionPlan.cpp" line="57"/>
        <source>The task is not completed, so there is nothing to reopen.</source>
        <translation>Die Aufgabe ist nicht erledigt, es gibt also nichts wieder zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskActionPlan.cpp" line="61"/>
        <source>The task is already completed.</source>
        <translation>Die Aufgabe ist bereits erledigt.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskActionPlan.cpp" line="63"/>
        <source>The task was skipped by a rule of its process.</source>
        <translation>Die Aufgabe wurde durch eine Regel ihres Prozesses übersprungen.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskActionPlan.cpp" line="125"/>
        <source>Only the task&apos;s assignees can complete it, and you are not one of them.</source>
        <translation>Nur die Zuständigen der Aufgabe können sie erledigen, und Sie gehören nicht dazu.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskActionPlan.cpp" line="133"/>
        <source>Complete</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskActionPlan.cpp" line="135"/>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskActionPlan.cpp" line="137"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskActionPlan.cpp" line="139"/>
        <source>Acknowledge</source>
        <translation>Kenntnis bestätigen</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskActionPlan.cpp" line="141"/>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
</context>
<context>
    <name>TaskActionSubmitter</name>
    <message>
        <location filename="../../src/core/session/TaskActionSubmitter.cpp" line="53"/>
        <source>Nothing was sent: %1</source>
        <translation>Es wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/session/TaskActionSubmitter.cpp" line="66"/>
        <source>Cancelled while the answer was awaited.</source>
        <translation>Abgebrochen, während auf die Antwort gewartet wurde.</translation>
    </message>
    <message>
        <location filename="../../src/core/session/TaskActionSubmitter.cpp" line="83"/>
        <source>Tallyfy refused it: %1</source>
        <translation>Tallyfy hat es abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../../src/core/session/TaskActionSubmitter.cpp" line="93"/>
        <source>The answer was lost, and the task could not be read to find out whether it changed. Look it up again before trying again.</source>
        <translation>Die Antwort ging verloren, und die Aufgabe konnte nicht gelesen werden, um festzustellen, ob sie sich geändert hat. Rufen Sie sie erneut ab, bevor Sie es noch einmal versuchen.</translation>
    </message>
    <message>
        <location filename="../../src/core/session/TaskActionSubmitter.cpp" line="110"/>
        <source>The task is now complete.</source>
        <translation>Die Aufgabe ist jetzt erledigt.</translation>
    </message>
    <message>
        <location filename="../../src/core/session/TaskActionSubmitter.cpp" line="112"/>
        <source>The task is now approved.</source>
        <translation>Die Aufgabe ist jetzt genehmigt.</translation>
    </message>
    <message>
        <location filename="../../src/core/session/TaskActionSubmitter.cpp" line="114"/>
        <source>The task is now rejected.</source>
        <translation>Die Aufgabe ist jetzt abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../src/core/session/TaskActionSubmitter.cpp" line="116"/>
        <source>The task is now acknowledged.</source>
        <translation>Die Kenntnisnahme der Aufgabe ist jetzt bestätigt.</translation>
    </message>
    <message>
        <location filename="../../src/core/session/TaskActionSubmitter.cpp" line="118"/>
        <source>The task is open again.</source>
        <translation>Die Aufgabe ist wieder offen.</translation>
    </message>
    <message>
        <location filename="../../src/core/session/TaskActionSubmitter.cpp" line="127"/>
        <source>Not reopened: %1 Try again.</source>
        <translation>Nicht wieder geöffnet: %1 Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/core/session/TaskActionSubmitter.cpp" line="129"/>
        <source>Not done: %1 The task is unchanged; try again.</source>
        <translation>Nicht ausgeführt: %1 Die Aufgabe ist unverändert; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>TaskAnswersApi</name>
    <message>
        <location filename="../../src/core/api/TaskAnswersApi.cpp" line="24"/>
        <source>Tallyfy saved the task but did not keep some answers.</source>
        <translation>Tallyfy hat die Aufgabe gespeichert, aber einige Antworten nicht übernommen.</translation>
    </message>
    <message>
        <location filename="../../src/core/api/TaskAnswersApi.cpp" line="29"/>
        <source>This answer was not kept; reload the task and check the field.</source>
        <translation>Diese Antwort wurde nicht übernommen; laden Sie die Aufgabe neu und prüfen Sie das Feld.</translation>
    </message>
</context>
<context>
    <name>TaskAnswersUpdate</name>
    <message>
        <location filename="../../src/core/domain/TaskAnswersUpdate.cpp" line="133"/>
        <source>The task has no title; reload it and try again.</source>
        <translation>Die Aufgabe hat keinen Titel; laden Sie sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskAnswersUpdate.cpp" line="136"/>
        <source>The task has no deadline; reload it and try again.</source>
        <translation>Die Aufgabe hat keine Frist; laden Sie sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskAnswersUpdate.cpp" line="140"/>
        <source>The task has no such field; reload it and try again.</source>
        <translation>Die Aufgabe hat kein solches Feld; laden Sie sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskAnswersUpdate.cpp" line="157"/>
        <source>Emptying an answer is not supported yet; the earlier answer stays.</source>
        <translation>Eine Antwort zu leeren geht noch nicht; die frühere Antwort bleibt.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskAnswersUpdate.cpp" line="161"/>
        <source>Answer this field before completing the task.</source>
        <translation>Beantworten Sie dieses Feld, bevor Sie die Aufgabe erledigen.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskAnswersUpdate.cpp" line="163"/>
        <source>This field is required to complete the task.</source>
        <translation>Dieses Feld ist Pflicht, um die Aufgabe zu erledigen.</translation>
    </message>
</context>
<context>
    <name>TaskDetailsModel</name>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="138"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="139"/>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="323"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="140"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="141"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="142"/>
        <source>Original title</source>
        <translation>Ursprünglicher Titel</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="143"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="147"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="154"/>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="464"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="155"/>
        <source>One-off task</source>
        <translation>Einzelaufgabe</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="155"/>
        <source>Process task</source>
        <translation>Prozessaufgabe</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="159"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="161"/>
        <source>Description (old key)</source>
        <translation>Beschreibung (alter Schlüssel)</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="163"/>
        <source>Original description</source>
        <translation>Ursprüngliche Beschreibung</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="164"/>
        <source>Run ID</source>
        <translation>Run-ID</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="165"/>
        <source>Template ID</source>
        <translation>Vorlagen-ID</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="166"/>
        <source>Step ID</source>
        <translation>Schritt-ID</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="168"/>
        <source>Linked step ID</source>
        <translation>Verknüpfte Schritt-ID</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="169"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="171"/>
        <source>Stage ID</source>
        <translation>Phasen-ID</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="173"/>
        <source>Template position</source>
        <translation>Position in der Vorlage</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="177"/>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="180"/>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="300"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="183"/>
        <source>Status label</source>
        <translation>Statusbezeichnung</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="184"/>
        <source>Can be completed</source>
        <translation>Kann erledigt werden</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="185"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="186"/>
        <source>Problem open</source>
        <translation>Offenes Problem</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="188"/>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="203"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="190"/>
        <source>Run status</source>
        <translation>Prozessstatus</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="192"/>
        <source>Completion progress</source>
        <translation>Erledigungsfortschritt</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="196"/>
        <source>Dates</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="197"/>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="328"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="198"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="199"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="200"/>
        <source>Last updated</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="201"/>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="206"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="211"/>
        <source>Assignment</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="217"/>
        <source>Users: %1, guests: %2, groups: %3</source>
        <translation>Benutzer: %1, Gäste: %2, Gruppen: %3</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="221"/>
        <source>Assignees</source>
        <translation>Zuständige</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="225"/>
        <source>Started by</source>
        <translation>Begonnen von</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="226"/>
        <source>Completed by</source>
        <translation>Erledigt von</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="228"/>
        <source>Completed by guest</source>
        <translation>Von einem Gast erledigt</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="230"/>
        <source>Completing guest</source>
        <translation>Erledigender Gast</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="231"/>
        <source>Everyone must complete</source>
        <translation>Alle Zuständigen müssen erledigen</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="232"/>
        <source>Only assignees can complete</source>
        <translation>Nur Zuständige können erledigen</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="233"/>
        <source>Maximum assignees</source>
        <translation>Maximale Anzahl Zuständiger</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="234"/>
        <source>Guests may be assigned</source>
        <translation>Gäste dürfen zugewiesen werden</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="238"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="239"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="240"/>
        <source>Top secret</source>
        <translation>Streng geheim</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="241"/>
        <source>Guests cannot comment</source>
        <translation>Gäste können nicht kommentieren</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="242"/>
        <source>Soft start date</source>
        <translation>Unverbindliches Startdatum</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="244"/>
        <source>Has deadline-dependent tasks</source>
        <translation>Hat fristabhängige Aufgaben</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="245"/>
        <source>Send without branding</source>
        <translation>Ohne Branding senden</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="284"/>
        <source>Run</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="297"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="306"/>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="314"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="318"/>
        <source>Can add one-off tasks</source>
        <translation>Einzelaufgaben möglich</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="322"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="325"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="334"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="354"/>
        <source>Form fields</source>
        <translation>Formularfelder</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="388"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="406"/>
        <source>Auto-generated</source>
        <translation>Automatisch erzeugt</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="408"/>
        <source>%1 (auto-generated)</source>
        <translation>%1 (automatisch erzeugt)</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="419"/>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="428"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="421"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="423"/>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="425"/>
        <source>Improvement</source>
        <translation>Verbesserung</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="427"/>
        <source>Advice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="433"/>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="458"/>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="462"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="465"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="467"/>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="484"/>
        <source>Other fields</source>
        <translation>Weitere Felder</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="601"/>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="657"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskDetailsModel.cpp" line="659"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>TaskHeader</name>
    <message>
        <location filename="../../ui/lookup/TaskHeader.ui" line="60"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/TaskHeader.ui" line="114"/>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/TaskHeader.ui" line="151"/>
        <source>Started:</source>
        <translation>Begonnen:</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/TaskHeader.ui" line="181"/>
        <source>Completed:</source>
        <translation>Erledigt:</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskHeader.cpp" line="46"/>
        <location filename="../../src/gui/lookup/TaskHeader.cpp" line="144"/>
        <source>Task title</source>
        <translation>Aufgabentitel</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskHeader.cpp" line="48"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskHeader.cpp" line="122"/>
        <source>Due: %1</source>
        <translation>Fällig: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskHeader.cpp" line="123"/>
        <source>Started: %1</source>
        <translation>Begonnen: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskHeader.cpp" line="124"/>
        <source>Completed: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskHeader.cpp" line="145"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskHeader.cpp" line="146"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskHeader.cpp" line="147"/>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskHeader.cpp" line="73"/>
        <source>One-off task</source>
        <translation>Einzelaufgabe</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskHeader.cpp" line="75"/>
        <source>One-off task in process “%1”</source>
        <translation>Einzelaufgabe im Prozess „%1“</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskHeader.cpp" line="76"/>
        <source>One-off task in a process</source>
        <translation>Einzelaufgabe in einem Prozess</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskHeader.cpp" line="79"/>
        <source>Process task in “%1”</source>
        <translation>Prozessaufgabe in „%1“</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskHeader.cpp" line="80"/>
        <source>Process task</source>
        <translation>Prozessaufgabe</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskHeader.cpp" line="86"/>
        <source>(untitled task)</source>
        <translation>(Aufgabe ohne Titel)</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskHeader.cpp" line="94"/>
        <location filename="../../src/gui/lookup/TaskHeader.cpp" line="95"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskHeader.cpp" line="100"/>
        <source>Archived %1</source>
        <translation>Archiviert am %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskHeader.cpp" line="102"/>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskHeader.cpp" line="106"/>
        <source>Process ID: %1</source>
        <translation>Prozess-ID: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskHeader.cpp" line="109"/>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskHeader.cpp" line="110"/>
        <source>Task ID</source>
        <translation>Aufgaben-ID</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskHeader.cpp" line="116"/>
        <source>No deadline</source>
        <translation>Keine Frist</translation>
    </message>
</context>
<context>
    <name>TaskListFilters</name>
    <message>
        <location filename="../../src/gui/tasks/TaskListFilters.cpp" line="27"/>
        <source>My tasks</source>
        <translation>Meine Aufgaben</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListFilters.cpp" line="28"/>
        <source>All tasks</source>
        <translation>Alle Aufgaben</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListFilters.cpp" line="29"/>
        <source>Assigned to…</source>
        <translation>Zugewiesen an…</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListFilters.cpp" line="30"/>
        <source>In a process…</source>
        <translation>In einem Prozess…</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListFilters.cpp" line="34"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListFilters.cpp" line="35"/>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListFilters.cpp" line="36"/>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListFilters.cpp" line="37"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListFilters.cpp" line="38"/>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListFilters.cpp" line="39"/>
        <source>Has a problem</source>
        <translation>Mit Problem</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListFilters.cpp" line="40"/>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListFilters.cpp" line="41"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListFilters.cpp" line="45"/>
        <source>Any</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListFilters.cpp" line="46"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListFilters.cpp" line="47"/>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListFilters.cpp" line="48"/>
        <source>Expiring</source>
        <translation>Ablaufend</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListFilters.cpp" line="49"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListFilters.cpp" line="58"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListFilters.cpp" line="61"/>
        <source>Newest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListFilters.cpp" line="64"/>
        <source>Problems first</source>
        <translation>Probleme zuerst</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListFilters.cpp" line="67"/>
        <source>Recently completed</source>
        <translation>Zuletzt erledigt</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListFilters.cpp" line="70"/>
        <source>Order in the process</source>
        <translation>Reihenfolge im Prozess</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListFilters.cpp" line="83"/>
        <source>No members</source>
        <translation>Keine Mitglieder</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListFilters.cpp" line="84"/>
        <source>Loading members…</source>
        <translation>Mitglieder werden geladen…</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListFilters.cpp" line="95"/>
        <source>No processes</source>
        <translation>Keine Prozesse</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListFilters.cpp" line="96"/>
        <source>Loading processes…</source>
        <translation>Prozesse werden geladen…</translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <location filename="../../src/models/TaskListModel.cpp" line="371"/>
        <source>%1, problem</source>
        <translation>%1, Problem</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskListModel.cpp" line="430"/>
        <source>One-off</source>
        <translation>Einzelaufgabe</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskListModel.cpp" line="432"/>
        <location filename="../../src/models/TaskListModel.cpp" line="473"/>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskListModel.cpp" line="465"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskListModel.cpp" line="467"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskListModel.cpp" line="469"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskListModel.cpp" line="471"/>
        <source>Assignees</source>
        <translation>Zuständige</translation>
    </message>
    <message>
        <location filename="../../src/models/TaskListModel.cpp" line="475"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>TaskListRowMenu</name>
    <message>
        <location filename="../../src/gui/tasks/TaskListRowMenu.cpp" line="37"/>
        <source>Copied task ID %1</source>
        <translation>Aufgaben-ID %1 kopiert</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListRowMenu.cpp" line="49"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListRowMenu.cpp" line="50"/>
        <source>Copy &amp;ID</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListRowMenu.cpp" line="52"/>
        <source>Copy &amp;link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListRowMenu.cpp" line="54"/>
        <source>Open in &amp;browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
</context>
<context>
    <name>TaskListSentences</name>
    <message>
        <location filename="../../src/gui/tasks/TaskListSentences.cpp" line="10"/>
        <location filename="../../src/gui/tasks/TaskListSentences.cpp" line="25"/>
        <source>Loading tasks…</source>
        <translation>Aufgaben werden geladen…</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListSentences.cpp" line="12"/>
        <source>Connect to Tallyfy in Settings, or try the sandbox, to see your tasks.</source>
        <translation>Verbinden Sie sich in den Einstellungen mit Tallyfy oder probieren Sie die Sandbox aus, um Ihre Aufgaben zu sehen.</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListSentences.cpp" line="15"/>
        <source>Loading members…</source>
        <translation>Mitglieder werden geladen…</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListSentences.cpp" line="16"/>
        <source>Choose a member to see the tasks assigned to them.</source>
        <translation>Wählen Sie ein Mitglied, um die ihm zugewiesenen Aufgaben zu sehen.</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListSentences.cpp" line="20"/>
        <source>Loading processes…</source>
        <translation>Prozesse werden geladen…</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListSentences.cpp" line="21"/>
        <source>The organization has no processes to choose from.</source>
        <translation>Die Organisation hat keine Prozesse zur Auswahl.</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListSentences.cpp" line="22"/>
        <source>Choose a process to see its tasks.</source>
        <translation>Wählen Sie einen Prozess, um seine Aufgaben zu sehen.</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListSentences.cpp" line="27"/>
        <source>No tasks could be loaded.</source>
        <translation>Es konnten keine Aufgaben geladen werden.</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListSentences.cpp" line="29"/>
        <source>No loaded task matches “%1”.</source>
        <translation>Keine geladene Aufgabe passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListSentences.cpp" line="33"/>
        <source>No %1 are assigned to you.</source>
        <translation>Ihnen sind keine %1 zugewiesen.</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListSentences.cpp" line="35"/>
        <source>No %1 are assigned to %2.</source>
        <translation>%2 sind keine %1 zugewiesen.</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListSentences.cpp" line="37"/>
        <source>This process has no %1.</source>
        <translation>Dieser Prozess hat keine %1.</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListSentences.cpp" line="41"/>
        <source>The organization has no %1.</source>
        <translation>Die Organisation hat keine %1.</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListSentences.cpp" line="42"/>
        <source>No %1 match “%2”.</source>
        <translation>Keine %1 passen zu „%2“.</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListSentences.cpp" line="50"/>
        <source>open tasks</source>
        <comment>after &quot;no&quot;</comment>
        <translation>offenen Aufgaben</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListSentences.cpp" line="52"/>
        <source>tasks that have not started</source>
        <comment>after &quot;no&quot;</comment>
        <translation>nicht begonnenen Aufgaben</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListSentences.cpp" line="54"/>
        <source>tasks in progress</source>
        <comment>after &quot;no&quot;</comment>
        <translation>Aufgaben in Bearbeitung</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListSentences.cpp" line="56"/>
        <source>overdue tasks</source>
        <comment>after &quot;no&quot;</comment>
        <translation>überfälligen Aufgaben</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListSentences.cpp" line="58"/>
        <source>tasks due soon</source>
        <comment>after &quot;no&quot;</comment>
        <translation>bald fälligen Aufgaben</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListSentences.cpp" line="60"/>
        <source>tasks with a problem</source>
        <comment>after &quot;no&quot;</comment>
        <translation>Aufgaben mit einem Problem</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListSentences.cpp" line="62"/>
        <source>completed tasks</source>
        <comment>after &quot;no&quot;</comment>
        <translation>abgeschlossenen Aufgaben</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListSentences.cpp" line="66"/>
        <source>tasks</source>
        <comment>after &quot;no&quot;</comment>
        <translation>Aufgaben</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/tasks/TaskListSentences.cpp" line="73"/>
        <source>%1 of %n loaded task(s) match</source>
        <translation>
            <numerusform>%1 von %n geladenen Aufgabe passen</numerusform>
            <numerusform>%1 von %n geladenen Aufgaben passen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TaskListSentences.cpp" line="75"/>
        <source>Showing %1 of %2</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/tasks/TaskListSentences.cpp" line="76"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/tasks/TaskListSentences.cpp" line="76"/>
        <source>%n loaded, more…</source>
        <translation>
            <numerusform>%n geladen, weitere…</numerusform>
            <numerusform>%n geladen, weitere…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskLookupPane</name>
    <message>
        <location filename="../../ui/lookup/TaskLookupPane.ui" line="28"/>
        <source>Task ID or &amp;link:</source>
        <translation>Aufgaben-ID oder &amp;Link:</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/TaskLookupPane.ui" line="44"/>
        <source>32-character ID, or a link to the task</source>
        <translation>32-stellige ID oder ein Link zur Aufgabe</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/TaskLookupPane.ui" line="54"/>
        <source>&amp;Run ID:</source>
        <translation>&amp;Run-ID:</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/TaskLookupPane.ui" line="76"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/TaskLookupPane.ui" line="86"/>
        <source>&amp;Include:</source>
        <translation>&amp;Zusatzdaten:</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/TaskLookupPane.ui" line="99"/>
        <source>Look &amp;up</source>
        <translation>&amp;Abrufen</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/TaskLookupPane.ui" line="125"/>
        <source>Stop this lookup (Esc)</source>
        <translation>Diesen Abruf anhalten (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/TaskLookupPane.ui" line="128"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/TaskLookupPane.ui" line="187"/>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/TaskLookupPane.ui" line="197"/>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/TaskLookupPane.ui" line="200"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/TaskLookupPane.ui" line="251"/>
        <source>Type a task ID or paste a link to a task, then press Enter.</source>
        <translation>Geben Sie eine Aufgaben-ID ein oder fügen Sie einen Link zu einer Aufgabe ein und drücken Sie dann die Eingabetaste.</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskLookupPane.cpp" line="46"/>
        <source>Look up a task</source>
        <translation>Eine Aufgabe abrufen</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskLookupPane.cpp" line="85"/>
        <source>Looking up</source>
        <translation>Wird abgerufen</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskLookupPane.cpp" line="93"/>
        <source>Lookup error</source>
        <translation>Fehler beim Abrufen</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskLookupPane.cpp" line="97"/>
        <source>Fetch the task (Enter)</source>
        <translation>Die Aufgabe laden (Eingabe)</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskLookupPane.cpp" line="99"/>
        <source>Only for a task of a process: fetch it through that process (runs/&lt;ID&gt;/tasks)</source>
        <translation>Nur für eine Aufgabe eines Prozesses: über diesen Prozess laden (runs/&lt;ID&gt;/tasks)</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskLookupPane.cpp" line="299"/>
        <source>Run ID: %1</source>
        <translation>Run-ID: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskLookupPane.cpp" line="308"/>
        <source>This link seems to belong to another organization (%1). Taskdesk looks the task up in the organization set in Settings.</source>
        <translation>Dieser Link scheint zu einer anderen Organisation zu gehören (%1). Taskdesk ruft die Aufgabe in der Organisation ab, die in den Einstellungen festgelegt ist.</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskLookupPane.cpp" line="170"/>
        <source>Waiting for the token…</source>
        <translation>Warten auf das Token…</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskLookupPane.cpp" line="182"/>
        <source>Taskdesk is not connected to Tallyfy yet.</source>
        <translation>Taskdesk ist noch nicht mit Tallyfy verbunden.</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskLookupPane.cpp" line="183"/>
        <source>%1 Open Settings to connect.</source>
        <translation>%1 Öffnen Sie die Einstellungen, um eine Verbindung herzustellen.</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskLookupPane.cpp" line="172"/>
        <source>Looking up %1…</source>
        <translation>%1 wird abgerufen…</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskLookupPane.cpp" line="319"/>
        <location filename="../../src/gui/lookup/TaskLookupPane.cpp" line="325"/>
        <source>Lookup cancelled</source>
        <translation>Abruf abgebrochen</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskLookupPane.cpp" line="73"/>
        <location filename="../../src/gui/lookup/TaskLookupPane.cpp" line="364"/>
        <source>“%1” does not apply to this task as it is now.</source>
        <translation>„%1“ passt nicht zu dieser Aufgabe in ihrem jetzigen Zustand.</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskLookupPane.cpp" line="374"/>
        <source>Showing task %1</source>
        <translation>Aufgabe %1 wird angezeigt</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskLookupPane.cpp" line="375"/>
        <source>Showing “%1”</source>
        <translation>„%1“ wird angezeigt</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskLookupPane.cpp" line="423"/>
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskLookupPane.cpp" line="446"/>
        <source>Copied the request as a curl command; it reads the token from $TALLYFY_API_TOKEN</source>
        <translation>Die Anfrage wurde als curl-Befehl kopiert; er liest das Token aus $TALLYFY_API_TOKEN</translation>
    </message>
</context>
<context>
    <name>TaskReference</name>
    <message>
        <location filename="../../src/core/domain/TaskReference.cpp" line="28"/>
        <source>Enter a task ID or paste a link to a task.</source>
        <translation>Geben Sie eine Aufgaben-ID ein oder fügen Sie einen Link zu einer Aufgabe ein.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskReference.cpp" line="31"/>
        <source>A task ID is 32 hexadecimal characters (0-9, a-f).</source>
        <translation>Eine Aufgaben-ID besteht aus 32 Hexadezimalzeichen (0-9, a-f).</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskReference.cpp" line="34"/>
        <source>This link does not contain a task ID.</source>
        <translation>Dieser Link enthält keine Aufgaben-ID.</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <location filename="../../src/core/domain/TaskStatus.cpp" line="12"/>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskStatus.cpp" line="14"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskStatus.cpp" line="16"/>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskStatus.cpp" line="18"/>
        <source>Skipped by rules</source>
        <translation>Durch Regeln übersprungen</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskStatus.cpp" line="21"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskStatus.cpp" line="22"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskStatus.cpp" line="26"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskStatus.cpp" line="27"/>
        <source>Acknowledged</source>
        <translation>Zur Kenntnis genommen</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskStatus.cpp" line="29"/>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>TaskType</name>
    <message>
        <location filename="../../src/core/domain/TaskType.cpp" line="20"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskType.cpp" line="21"/>
        <source>A piece of work that assignees mark as complete.</source>
        <translation>Eine Arbeit, die die Zuständigen als erledigt markieren.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskType.cpp" line="22"/>
        <source>Approve/Reject</source>
        <translation>Genehmigen/Ablehnen</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskType.cpp" line="23"/>
        <source>Assignees approve or reject it; completing it records the decision.</source>
        <translation>Die Zuständigen genehmigen oder lehnen ab; beim Erledigen wird die Entscheidung festgehalten.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskType.cpp" line="25"/>
        <source>Expiring</source>
        <translation>Ablaufend</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskType.cpp" line="26"/>
        <source>Assignees acknowledge it; it completes itself at the deadline.</source>
        <translation>Die Zuständigen nehmen sie zur Kenntnis; bei Ablauf der Frist erledigt sie sich selbst.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskType.cpp" line="28"/>
        <source>Email draft</source>
        <translation>E-Mail-Entwurf</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskType.cpp" line="29"/>
        <source>An email that an assignee reviews and sends by hand.</source>
        <translation>Eine E-Mail, die eine zuständige Person prüft und selbst abschickt.</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskType.cpp" line="30"/>
        <source>Email auto-send</source>
        <translation>E-Mail mit automatischem Versand</translation>
    </message>
    <message>
        <location filename="../../src/core/domain/TaskType.cpp" line="31"/>
        <source>An email that is sent automatically at the deadline.</source>
        <translation>Eine E-Mail, die bei Ablauf der Frist automatisch gesendet wird.</translation>
    </message>
</context>
<context>
    <name>TaskView</name>
    <message>
        <location filename="../../ui/lookup/TaskView.ui" line="40"/>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="48"/>
        <source>Copy task ID</source>
        <translation>Aufgaben-ID kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/TaskView.ui" line="50"/>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="49"/>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/TaskView.ui" line="60"/>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="50"/>
        <source>Copy as cURL</source>
        <translation>Als cURL kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/TaskView.ui" line="70"/>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="51"/>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/TaskView.ui" line="102"/>
        <source>&amp;Details</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/TaskView.ui" line="140"/>
        <source>&amp;Owners</source>
        <translation>Zu&amp;ständige</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/TaskView.ui" line="202"/>
        <source>Fetch the organization&apos;s members and groups again</source>
        <translation>Mitglieder und Gruppen der Organisation erneut laden</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/TaskView.ui" line="205"/>
        <source>Refresh names</source>
        <translation>Namen aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/TaskView.ui" line="218"/>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="221"/>
        <source>For&amp;m fields</source>
        <translation>Formular&amp;felder</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/TaskView.ui" line="266"/>
        <source>Descri&amp;ption</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/TaskView.ui" line="289"/>
        <source>Show the description as the server sent it, markup included</source>
        <translation>Die Beschreibung so anzeigen, wie der Server sie gesendet hat, einschließlich Auszeichnungen</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/TaskView.ui" line="292"/>
        <source>Show &amp;source</source>
        <translation>&amp;Quelltext anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/lookup/TaskView.ui" line="322"/>
        <source>Raw &amp;JSON</source>
        <translation>Roh-&amp;JSON</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="52"/>
        <source>Find in JSON</source>
        <translation>Im JSON suchen</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="53"/>
        <source>Edit &amp;answers</source>
        <translation>&amp;Antworten bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="60"/>
        <source>Task details</source>
        <translation>Aufgabendetails</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="63"/>
        <source>Owners</source>
        <translation>Zuständige</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="66"/>
        <source>Form fields</source>
        <translation>Formularfelder</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="69"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="70"/>
        <source>This task has no description.</source>
        <translation>Diese Aufgabe hat keine Beschreibung.</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="71"/>
        <source>Raw JSON</source>
        <translation>Roh-JSON</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="87"/>
        <source>Answer the task&apos;s form fields (F2 on a field)</source>
        <translation>Die Formularfelder der Aufgabe beantworten (F2 auf einem Feld)</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="102"/>
        <source>Copy the request as a curl command; the token is written as $TALLYFY_API_TOKEN</source>
        <translation>Die Anfrage als curl-Befehl kopieren; das Token wird als $TALLYFY_API_TOKEN geschrieben</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="131"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="134"/>
        <source>Not opened: %1</source>
        <translation>Nicht geöffnet: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="192"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="214"/>
        <source>&amp;Owners (%1)</source>
        <translation>Zu&amp;ständige (%1)</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="217"/>
        <source>For&amp;m fields (%1)</source>
        <translation>Formular&amp;felder (%1)</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="219"/>
        <source>This task has no form fields.</source>
        <translation>Diese Aufgabe hat keine Formularfelder.</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="223"/>
        <source>Form fields were not fetched. Tick “form_fields” under Include and look the task up again.</source>
        <translation>Die Formularfelder wurden nicht geladen. Wählen Sie unter „Zusatzdaten“ den Eintrag „form_fields“ und rufen Sie die Aufgabe erneut ab.</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="265"/>
        <source>Loading the names of members and groups…</source>
        <translation>Die Namen von Mitgliedern und Gruppen werden geladen…</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="267"/>
        <source>Names could not be loaded: %1</source>
        <translation>Die Namen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="276"/>
        <source>Open the task&apos;s page in the Tallyfy web app: %1 (%2)</source>
        <translation>Die Seite der Aufgabe in der Tallyfy-Web-App öffnen: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="318"/>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="360"/>
        <source>Comme&amp;nts</source>
        <translation>Ko&amp;mmentare</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="360"/>
        <source>Comme&amp;nts (%1)</source>
        <translation>Ko&amp;mmentare (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/lookup/TaskView.cpp" line="404"/>
        <source>%n linked resource was not loaded</source>
        <translation>
            <numerusform>%n verknüpfte Ressource wurde nicht geladen</numerusform>
            <numerusform>%n verknüpfte Ressourcen wurden nicht geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/lookup/TaskView.cpp" line="405"/>
        <source>%n linked resources were not loaded</source>
        <translation>
            <numerusform>%n verknüpfte Ressource wurde nicht geladen</numerusform>
            <numerusform>%n verknüpfte Ressourcen wurden nicht geladen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="412"/>
        <source>Preparing the JSON…</source>
        <translation>Das JSON wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="425"/>
        <source>%1 of JSON, as received; read-only. Ctrl+F finds text.</source>
        <translation>%1 JSON, wie empfangen; schreibgeschützt. Strg+F sucht nach Text.</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="440"/>
        <source>Copied the task ID %1</source>
        <translation>Aufgaben-ID %1 kopiert</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="448"/>
        <source>Copied the task&apos;s JSON (%1)</source>
        <translation>JSON der Aufgabe kopiert (%1)</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="455"/>
        <source>Opened the task&apos;s page in the web app</source>
        <translation>Die Seite der Aufgabe in der Web-App geöffnet</translation>
    </message>
    <message>
        <location filename="../../src/gui/lookup/TaskView.cpp" line="474"/>
        <source>Copied the row</source>
        <translation>Zeile kopiert</translation>
    </message>
</context>
<context>
    <name>TasksPane</name>
    <message>
        <location filename="../../ui/tasks/TasksPane.ui" line="19"/>
        <source>S&amp;how:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location filename="../../ui/tasks/TasksPane.ui" line="38"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../ui/tasks/TasksPane.ui" line="51"/>
        <source>Sort &amp;by:</source>
        <translation>Sortieren &amp;nach:</translation>
    </message>
    <message>
        <location filename="../../ui/tasks/TasksPane.ui" line="64"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <location filename="../../ui/tasks/TasksPane.ui" line="87"/>
        <source>&amp;One-off only</source>
        <translation>Nur &amp;Einzelaufgaben</translation>
    </message>
    <message>
        <location filename="../../ui/tasks/TasksPane.ui" line="94"/>
        <source>Sea&amp;rch:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <location filename="../../ui/tasks/TasksPane.ui" line="104"/>
        <source>Words in the title</source>
        <translation>Wörter im Titel</translation>
    </message>
    <message>
        <location filename="../../ui/tasks/TasksPane.ui" line="121"/>
        <source>Re&amp;fresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <location filename="../../ui/tasks/TasksPane.ui" line="149"/>
        <source>R&amp;etry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/tasks/TasksPane.ui" line="191"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TasksPane.cpp" line="85"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TasksPane.cpp" line="87"/>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TasksPane.cpp" line="103"/>
        <source>Task list error</source>
        <translation>Fehler der Aufgabenliste</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TasksPane.cpp" line="111"/>
        <source>Loading tasks</source>
        <translation>Aufgaben werden geladen</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TasksPane.cpp" line="113"/>
        <source>Load the list again (F5)</source>
        <translation>Die Liste neu laden (F5)</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TasksPane.cpp" line="169"/>
        <source>Reset column widths</source>
        <translation>Spaltenbreiten zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TasksPane.cpp" line="268"/>
        <source>Could not load the members: %1</source>
        <translation>Die Mitglieder konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TasksPane.cpp" line="269"/>
        <source>Could not load the processes: %1</source>
        <translation>Die Prozesse konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TasksPane.cpp" line="295"/>
        <source>This list is sorted by Tallyfy: choose the order under “Sort by” (%1).</source>
        <translation>Diese Liste sortiert Tallyfy: Wählen Sie die Reihenfolge unter „Sortieren nach“ (%1).</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TasksPane.cpp" line="401"/>
        <source>Could not load more tasks: %1</source>
        <translation>Weitere Aufgaben konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TasksPane.cpp" line="403"/>
        <source>Could not refresh the list; the tasks shown are from before. %1</source>
        <translation>Die Liste konnte nicht aktualisiert werden; die angezeigten Aufgaben sind von vorher. %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TasksPane.cpp" line="452"/>
        <source>Searched by Tallyfy</source>
        <translation>Von Tallyfy gesucht</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TasksPane.cpp" line="453"/>
        <source>Tallyfy searches the whole list for these words.</source>
        <translation>Tallyfy durchsucht die ganze Liste nach diesen Wörtern.</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TasksPane.cpp" line="455"/>
        <source>Filters loaded tasks</source>
        <translation>Filtert Geladenes</translation>
    </message>
    <message>
        <location filename="../../src/gui/tasks/TasksPane.cpp" line="456"/>
        <source>This list has no search in Tallyfy: only the tasks loaded so far are filtered.</source>
        <translation>Diese Liste hat keine Suche bei Tallyfy: Nur die bisher geladenen Aufgaben werden gefiltert.</translation>
    </message>
</context>
<context>
    <name>Thread</name>
    <message>
        <location filename="../../src/core/domain/Thread.cpp" line="14"/>
        <source>The comment has no ID.</source>
        <translation>Der Kommentar hat keine ID.</translation>
    </message>
</context>
<context>
    <name>TokenField</name>
    <message>
        <location filename="../../ui/shell/TokenField.ui" line="24"/>
        <source>API &amp;token</source>
        <translation>API-&amp;Token</translation>
    </message>
    <message>
        <location filename="../../ui/shell/TokenField.ui" line="49"/>
        <source>Show or hide the token</source>
        <translation>Token anzeigen oder verbergen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/TokenField.ui" line="52"/>
        <location filename="../../src/gui/shell/TokenField.cpp" line="27"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/TokenField.ui" line="62"/>
        <source>Paste the token from the clipboard</source>
        <translation>Token aus der Zwischenablage einfügen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/TokenField.ui" line="65"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/TokenField.ui" line="86"/>
        <location filename="../../src/gui/shell/TokenField.cpp" line="40"/>
        <source>&amp;Remove stored token</source>
        <translation>Gespeichertes Token &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/TokenField.cpp" line="20"/>
        <source>Your personal access token from the Tallyfy web app.</source>
        <translation>Ihr persönliches Zugriffstoken aus der Tallyfy-Web-App.</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/TokenField.cpp" line="27"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/TokenField.cpp" line="39"/>
        <source>&amp;Keep stored token</source>
        <translation>Gespeichertes Token &amp;behalten</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/TokenField.cpp" line="123"/>
        <source>Tokens last 6 months, and logging out of the Tallyfy web app ends them at once.</source>
        <translation>Tokens gelten 6 Monate; eine Abmeldung von der Tallyfy-Web-App beendet sie sofort.</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/TokenField.cpp" line="126"/>
        <source>&lt;a href=&quot;%1&quot;&gt;Where do I find it?&lt;/a&gt; In the web app under Settings &gt; Integrations &gt; REST API. %2</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Wo finde ich es?&lt;/a&gt; In der Web-App unter Settings &gt; Integrations &gt; REST API. %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/TokenField.cpp" line="131"/>
        <source>Find it in the web app of your server under Settings &gt; Integrations &gt; REST API. %1</source>
        <translation>Sie finden es in der Web-App Ihres Servers unter Settings &gt; Integrations &gt; REST API. %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/TokenField.cpp" line="155"/>
        <source>Set by TALLYFY_API_TOKEN</source>
        <translation>Durch TALLYFY_API_TOKEN gesetzt</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/TokenField.cpp" line="156"/>
        <source>The token from the TALLYFY_API_TOKEN environment variable is in use for this run. It is never stored; unset the variable to use a stored token.</source>
        <translation>In dieser Sitzung wird das Token aus der Umgebungsvariablen TALLYFY_API_TOKEN verwendet. Es wird nie gespeichert; entfernen Sie die Variable, um ein gespeichertes Token zu verwenden.</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/TokenField.cpp" line="162"/>
        <source>The new token replaces the stored one when you press OK.</source>
        <translation>Das neue Token ersetzt das gespeicherte, sobald Sie auf OK klicken.</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/TokenField.cpp" line="164"/>
        <source>The token is saved in the system keychain when you press OK.</source>
        <translation>Das Token wird im Schlüsselbund des Systems gespeichert, sobald Sie auf OK klicken.</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/TokenField.cpp" line="166"/>
        <source>Paste a token</source>
        <translation>Token einfügen</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/TokenField.cpp" line="167"/>
        <source>The stored token will be removed when you press OK.</source>
        <translation>Das gespeicherte Token wird entfernt, sobald Sie auf OK klicken.</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/TokenField.cpp" line="169"/>
        <source>A token is stored (hidden)</source>
        <translation>Ein Token ist gespeichert (verborgen)</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/TokenField.cpp" line="170"/>
        <source>A token is stored in the system keychain. Paste a new one to replace it, or remove it.</source>
        <translation>Im Schlüsselbund des Systems ist ein Token gespeichert. Fügen Sie ein neues ein, um es zu ersetzen, oder entfernen Sie es.</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/TokenField.cpp" line="173"/>
        <source>A token is kept for this run (hidden)</source>
        <translation>Ein Token wird für diese Sitzung behalten (verborgen)</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/TokenField.cpp" line="174"/>
        <source>A token is kept for this run only, because the keychain was not available. Paste a new one to replace it.</source>
        <translation>Ein Token wird nur für diese Sitzung behalten, weil der Schlüsselbund nicht verfügbar war. Fügen Sie ein neues ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/TokenField.cpp" line="178"/>
        <source>Checking the keychain for a stored token…</source>
        <translation>Im Schlüsselbund wird nach einem gespeicherten Token gesucht…</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/TokenField.cpp" line="180"/>
        <source>Paste a token (it starts with eyJ)</source>
        <translation>Token einfügen (es beginnt mit eyJ)</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/TokenField.cpp" line="181"/>
        <source>No token is stored yet.</source>
        <translation>Es ist noch kein Token gespeichert.</translation>
    </message>
</context>
<context>
    <name>TokenSource</name>
    <message>
        <location filename="../../src/core/settings/TokenSource.cpp" line="53"/>
        <source>TALLYFY_API_TOKEN is set but holds no usable token: %1</source>
        <translation>TALLYFY_API_TOKEN ist gesetzt, enthält aber kein verwendbares Token: %1</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <location filename="../../src/core/settings/TokenStore.cpp" line="59"/>
        <location filename="../../src/core/settings/TokenStore.cpp" line="70"/>
        <location filename="../../src/core/settings/TokenStore.cpp" line="85"/>
        <source>No server and organization were given.</source>
        <translation>Es wurden kein Server und keine Organisation angegeben.</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/TokenStore.cpp" line="75"/>
        <source>An empty token cannot be stored.</source>
        <translation>Ein leeres Token kann nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>TokenStoreError</name>
    <message>
        <location filename="../../src/core/settings/TokenStoreError.cpp" line="10"/>
        <source>No keychain is available on this system (no Secret Service running). The token can be kept for this session only.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar (kein Secret Service aktiv). Das Token kann nur für diese Sitzung behalten werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/core/settings/TokenStoreError.cpp" line="19"/>
        <source>The keychain did not answer within %n second(s). The token can be kept for this session only.</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet. Das Token kann nur für diese Sitzung behalten werden.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet. Das Token kann nur für diese Sitzung behalten werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/core/settings/TokenStoreError.cpp" line="28"/>
        <source>The keychain refused access. Unlock it (for example with your login password) and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert. Entsperren Sie ihn (zum Beispiel mit Ihrem Anmeldepasswort) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/TokenStoreError.cpp" line="36"/>
        <source>No token is stored for this server and organization.</source>
        <translation>Für diesen Server und diese Organisation ist kein Token gespeichert.</translation>
    </message>
</context>
<context>
    <name>TokenStoreResult</name>
    <message>
        <location filename="../../src/core/settings/TokenStoreResult.cpp" line="7"/>
        <source>The keychain gave no answer.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>UnauthorizedBanner</name>
    <message>
        <location filename="../../src/gui/shell/UnauthorizedBanner.cpp" line="13"/>
        <source>Open &amp;Settings…</source>
        <translation>Ei&amp;nstellungen öffnen…</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/UnauthorizedBanner.cpp" line="14"/>
        <source>&amp;Dismiss</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/UnauthorizedBanner.cpp" line="17"/>
        <source>Token rejected</source>
        <translation>Token abgelehnt</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/UnauthorizedBanner.cpp" line="46"/>
        <source>Tallyfy rejected the token: it may have expired, or you logged out of the web app.</source>
        <translation>Tallyfy hat das Token abgelehnt: Es ist möglicherweise abgelaufen, oder Sie haben sich von der Web-App abgemeldet.</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <location filename="../../src/core/settings/Validators.cpp" line="36"/>
        <source>Enter the server URL.</source>
        <translation>Geben Sie die Server-URL ein.</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/Validators.cpp" line="41"/>
        <source>“%1” is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/Validators.cpp" line="45"/>
        <source>The server URL must start with https:// (for example https://go.tallyfy.com/api).</source>
        <translation>Die Server-URL muss mit https:// beginnen (zum Beispiel https://go.tallyfy.com/api).</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/Validators.cpp" line="51"/>
        <source>The server URL has no host name.</source>
        <translation>Die Server-URL enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/Validators.cpp" line="54"/>
        <source>The server URL must not contain a user name or password.</source>
        <translation>Die Server-URL darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/Validators.cpp" line="58"/>
        <source>The server URL must not contain a query or a fragment (“?” or “#”).</source>
        <translation>Die Server-URL darf keine Abfrage und kein Fragment enthalten („?“ oder „#“).</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/Validators.cpp" line="62"/>
        <source>Plain http:// is only allowed for this computer (localhost). Use https:// so that the token is encrypted on its way.</source>
        <translation>Unverschlüsseltes http:// ist nur für diesen Computer (localhost) erlaubt. Verwenden Sie https://, damit das Token verschlüsselt übertragen wird.</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/Validators.cpp" line="83"/>
        <source>Enter the organization ID.</source>
        <translation>Geben Sie die Organisations-ID ein.</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/Validators.cpp" line="86"/>
        <source>An organization ID is 32 characters long and uses only 0–9 and a–f.</source>
        <translation>Eine Organisations-ID ist 32 Zeichen lang und besteht nur aus 0–9 und a–f.</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/Validators.cpp" line="96"/>
        <source>Enter the run ID.</source>
        <translation>Geben Sie die Run-ID ein.</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/Validators.cpp" line="99"/>
        <source>A run ID is 32 characters long and uses only 0–9 and a–f.</source>
        <translation>Eine Run-ID ist 32 Zeichen lang und besteht nur aus 0–9 und a–f.</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/Validators.cpp" line="115"/>
        <source>Paste the API token.</source>
        <translation>Fügen Sie das API-Token ein.</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/Validators.cpp" line="118"/>
        <source>The token must not contain spaces or line breaks. Copy it again from Tallyfy.</source>
        <translation>Das Token darf keine Leerzeichen oder Zeilenumbrüche enthalten. Kopieren Sie es erneut aus Tallyfy.</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/Validators.cpp" line="130"/>
        <source>“%1” is not a language. Use a locale name such as de or pt_BR.</source>
        <translation>„%1“ ist keine Sprache. Verwenden Sie einen Gebietsschema-Namen wie de oder pt_BR.</translation>
    </message>
    <message>
        <location filename="../../src/core/settings/Validators.cpp" line="149"/>
        <source>“%1” is not a known include. Known includes: %2.</source>
        <translation>„%1“ gehört nicht zu den bekannten Zusatzdaten. Bekannt sind: %2.</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../src/gui/shell/WelcomePanel.cpp" line="14"/>
        <source>&amp;Connect to Tallyfy…</source>
        <translation>&amp;Mit Tallyfy verbinden…</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/WelcomePanel.cpp" line="15"/>
        <source>&amp;Try the sandbox</source>
        <translation>&amp;Sandbox ausprobieren</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/WelcomePanel.cpp" line="20"/>
        <source>Welcome to Taskdesk</source>
        <translation>Willkommen bei Taskdesk</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/WelcomePanel.cpp" line="27"/>
        <source>See what is on your plate, open any Tallyfy task by its ID or link, finish it (complete, approve, answer its form, comment) and create one-off tasks that Tallyfy accepts the first time.</source>
        <translation>Sehen Sie, was ansteht, öffnen Sie jede Tallyfy-Aufgabe über ihre ID oder ihren Link, erledigen Sie sie (abschließen, genehmigen, Formular beantworten, kommentieren) und erstellen Sie Einzelaufgaben, die Tallyfy gleich beim ersten Mal annimmt.</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/WelcomePanel.cpp" line="35"/>
        <source>To connect, you need a personal API token from the Tallyfy web app (Settings &gt; Integrations &gt; REST API) and your organization. Taskdesk keeps the token in your system keychain, never in a file.</source>
        <translation>Für die Verbindung brauchen Sie ein persönliches API-Token aus der Tallyfy-Web-App (Settings &gt; Integrations &gt; REST API) und Ihre Organisation. Taskdesk bewahrt das Token im Schlüsselbund Ihres Systems auf, nie in einer Datei.</translation>
    </message>
    <message>
        <location filename="../../src/gui/shell/WelcomePanel.cpp" line="44"/>
        <source>Not ready yet? The sandbox is a built-in practice server with sample tasks and people. Nothing you do there reaches Tallyfy, and nothing is saved.</source>
        <translation>Noch nicht so weit? Die Sandbox ist ein eingebauter Übungsserver mit Beispielaufgaben und -personen. Nichts, was Sie dort tun, erreicht Tallyfy, und nichts wird gespeichert.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/app/main.cpp" line="137"/>
        <source>no free port on 127.0.0.1</source>
        <translation>kein freier Port auf 127.0.0.1</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="161"/>
        <source>taskdesk: the sandbox could not start: %1</source>
        <translation>taskdesk: Die Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
</context>
</TS>
