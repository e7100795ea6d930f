<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnswersEditor</name>
    <message numerus="yes">
        <location filename="../../src/gui/answers/AnswersEditor.cpp" line="207"/>
        <source>Your unsaved answers are back: %n field(s). Save them, or discard them.</source>
        <translation>
            <numerusform>Your unsaved answers are back: %n field. Save them, or discard them.</numerusform>
            <numerusform>Your unsaved answers are back: %n fields. Save them, or discard them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <location filename="../../src/core/api/ApiErrorText.cpp" line="119"/>
        <source>Tallyfy is receiving too many requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>Tallyfy is receiving too many requests. Try again in %n second.</numerusform>
            <numerusform>Tallyfy is receiving too many requests. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message numerus="yes">
        <location filename="../../src/gui/conversation/CommentsPanel.cpp" line="289"/>
        <source>%n comment(s).</source>
        <translation>
            <numerusform>%n comment.</numerusform>
            <numerusform>%n comments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/conversation/CommentsPanel.cpp" line="291"/>
        <source>%n open problem(s).</source>
        <translation>
            <numerusform>%n open problem.</numerusform>
            <numerusform>%n open problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormFieldsModel</name>
    <message numerus="yes">
        <location filename="../../src/models/FormFieldsModel.cpp" line="98"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncludeChooser</name>
    <message numerus="yes">
        <location filename="../../src/gui/lookup/IncludeChooser.cpp" line="130"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonDisplay</name>
    <message numerus="yes">
        <location filename="../../src/models/JsonDisplay.cpp" line="22"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/models/JsonDisplay.cpp" line="24"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewTaskForm</name>
    <message numerus="yes">
        <location filename="../../src/gui/newtask/NewTaskForm.cpp" line="171"/>
        <source>%n task(s) created, one per assignee, in process %1</source>
        <translation>
            <numerusform>%n task created, one per assignee, in process %1</numerusform>
            <numerusform>%n tasks created, one per assignee, in process %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/newtask/NewTaskSendState.cpp" line="28"/>
        <source>%n problem(s) to fix before the task can be created:</source>
        <translation>
            <numerusform>%n problem to fix before the task can be created:</numerusform>
            <numerusform>%n problems to fix before the task can be created:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/newtask/NewTaskResult.cpp" line="51"/>
        <source>Tallyfy asked to slow down (rate limit). The task was not created yet; sending it again in %n second(s)…</source>
        <translation>
            <numerusform>Tallyfy asked to slow down (rate limit). The task was not created yet; sending it again in %n second…</numerusform>
            <numerusform>Tallyfy asked to slow down (rate limit). The task was not created yet; sending it again in %n seconds…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/newtask/NewTaskResult.cpp" line="77"/>
        <source>%n task(s) were created, one per assignee, in process %1. The list can lag for a moment after a create: Refresh counts again.</source>
        <translation>
            <numerusform>%n task was created, one per assignee, in process %1. The list can lag for a moment after a create: Refresh counts again.</numerusform>
            <numerusform>%n tasks were created, one per assignee, in process %1. The list can lag for a moment after a create: Refresh counts again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/newtask/NewTaskResult.cpp" line="93"/>
        <source>Tallyfy refused the task: %n field(s) need attention. Nothing was created.</source>
        <translation>
            <numerusform>Tallyfy refused the task: %n field needs attention. Nothing was created.</numerusform>
            <numerusform>Tallyfy refused the task: %n fields need attention. Nothing was created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/newtask/NewTaskResult.cpp" line="133"/>
        <source>%n task(s) with this title were created in the last minutes; the newest is shown.</source>
        <translation>
            <numerusform>%n task with this title was created in the last minutes; it is shown.</numerusform>
            <numerusform>%n tasks with this title were created in the last minutes; the newest is shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message numerus="yes">
        <location filename="../../src/gui/widgets/RelativeTime.cpp" line="19"/>
        <source>%n minute</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/widgets/RelativeTime.cpp" line="19"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/widgets/RelativeTime.cpp" line="23"/>
        <source>%n hour</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/widgets/RelativeTime.cpp" line="23"/>
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/widgets/RelativeTime.cpp" line="26"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskListSentences</name>
    <message numerus="yes">
        <location filename="../../src/gui/tasks/TaskListSentences.cpp" line="73"/>
        <source>%1 of %n loaded task(s) match</source>
        <translation>
            <numerusform>%1 of %n loaded task matches</numerusform>
            <numerusform>%1 of %n loaded tasks match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/tasks/TaskListSentences.cpp" line="76"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/tasks/TaskListSentences.cpp" line="76"/>
        <source>%n loaded, more…</source>
        <translation>
            <numerusform>%n loaded, more…</numerusform>
            <numerusform>%n loaded, more…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskView</name>
    <message numerus="yes">
        <location filename="../../src/gui/lookup/TaskView.cpp" line="404"/>
        <source>%n linked resource was not loaded</source>
        <translation>
            <numerusform>%n linked resource was not loaded</numerusform>
            <numerusform>%n linked resources were not loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/lookup/TaskView.cpp" line="405"/>
        <source>%n linked resources were not loaded</source>
        <translation>
            <numerusform>%n linked resource was not loaded</numerusform>
            <numerusform>%n linked resources were not loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenStoreError</name>
    <message numerus="yes">
        <location filename="../../src/core/settings/TokenStoreError.cpp" line="19"/>
        <source>The keychain did not answer within %n second(s). The token can be kept for this session only.</source>
        <translation>
            <numerusform>The keychain did not answer within %n second. The token can be kept for this session only.</numerusform>
            <numerusform>The keychain did not answer within %n seconds. The token can be kept for this session only.</numerusform>
        </translation>
    </message>
</context>
</TS>
