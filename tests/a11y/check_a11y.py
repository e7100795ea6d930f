#!/usr/bin/python3
"""Reads and drives Taskdesk through the accessibility tree, as a screen reader does.

Usage: check_a11y.py TASKDESK_BINARY SEED_JSON

Runs inside a D-Bus session and an X server (see CMakeLists.txt): starts `taskdesk --sandbox
--task <first seeded task>` with Qt's AT-SPI bridge on, finds it on the accessibility bus with
pyatspi, opens the new-task tab (each tab is built when first shown), checks that what a user
needs is named (inputs by their labels, the three trees, the task's title and dates in the
header). Then it works by keyboard, with real key presses (xdotool, through XTEST): types a
comment and posts it with Ctrl+Enter, reads it back, completes the task with Alt+C; looks up a
second task by typing into the input and pressing "Look up" through AT-SPI; and answers a
task's form fields: an answer typed into a text field, Tab to a drop-down, the arrow key to
choose, Ctrl+S, and the saved answers read back from the Form fields tree.
Exits 1 with the reasons when anything is missing.
"""

import json
import os
import subprocess
import sys
import time

import pyatspi

TIMEOUT_S = 30
problems = []
APP_PID = [0]


def nodes(root):
    """Every accessible below root, depth first, skipping the ones that vanish meanwhile."""
    stack = [root]
    while stack:
        node = stack.pop()
        try:
            yield node
            stack.extend(node.getChildAtIndex(i) for i in reversed(range(node.childCount)))
        except Exception:  # a widget deleted while walking
            continue


def path(node):
    """Where a node sits, for messages: its ancestors' roles and names."""
    parts = []
    while node is not None and len(parts) < 8:
        try:
            parts.append("%s %r" % (node.getRoleName(), node.name))
            node = node.parent
        except Exception:
            break
    return " < ".join(parts)


def find(root, role, name=None, prefix=None):
    for node in nodes(root):
        try:
            if node is None or node.getRoleName() != role:
                continue
            if name is not None and node.name != name:
                continue
            if prefix is not None and not node.name.startswith(prefix):
                continue
            return node
        except Exception:
            continue
    return None


def wait_for(what, probe):
    end = time.time() + TIMEOUT_S
    while time.time() < end:
        found = probe()
        if found is not None:
            return found
        time.sleep(0.3)
    problems.append("not found within %d s: %s" % (TIMEOUT_S, what))
    return None


def application():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == "Taskdesk":
            return app
    return None


def main():
    binary, seed_path = sys.argv[1], sys.argv[2]
    with open(seed_path, encoding="utf-8") as seed_file:
        tasks = json.load(seed_file)["tasks"]
    first, second = tasks[0], tasks[1]
    with open(seed_path, encoding="utf-8") as seed_file:
        seed = json.load(seed_file)
    me = next(member["full_name"] for member in seed["members"]
              if member["id"] == seed["current_user_id"])

    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb")
    app_process = subprocess.Popen([binary, "--sandbox", "--lang", "en", "--task", first["id"]],
                                   env=env)
    APP_PID[0] = app_process.pid
    try:
        app = wait_for("the Taskdesk application on the accessibility bus", application)
        if app is None:
            return report()

        # The header names the task and its dates, not only their captions.
        wait_for("a label named after the task's title", lambda: find(app, "label", first["title"]))
        wait_for("the due date, named 'Due: ...'", lambda: find(app, "label", prefix="Due: "))

        # Each tab's pane is built when the tab is first shown: open the new-task and the
        # Tasks tabs (and come back) as a screen-reader user would, through AT-SPI.
        new_task_tab = wait_for("the 'New one-off task' tab",
                                lambda: find(app, "page tab", "New one-off task"))
        if new_task_tab is not None:
            press(new_task_tab)
            wait_for("the new-task form", lambda: find(app, "push button", "Create task"))
        tasks_tab = find(app, "page tab", "Tasks")
        if tasks_tab is not None:
            press(tasks_tab)
            task_list = wait_for("the task list", lambda: find(app, "tree", "Tasks"))
            # A row reads out its task: its first cell is the title of a seeded task, and the
            # assignees by name (the sandbox's user is among them on "My tasks").
            if task_list is not None:
                titles = {task["title"] for task in tasks}
                wait_for("a row of the task list read as a task's title",
                         lambda: cell_named(task_list, titles))
                wait_for("the assignees of a row read by name",
                         lambda: find(task_list, "table cell", me))
        look_up_tab = find(app, "page tab", "Look up")
        if look_up_tab is not None:
            press(look_up_tab)

        # Inputs carry their visible labels; the three result trees carry theirs.
        for role, name in [("text", "Task ID or link:"), ("text", "Run ID:"),
                           ("push button", "Look up"), ("tree", "Task details"),
                           ("tree", "Owners"), ("tree", "Form fields"), ("text", "Title"),
                           ("text", "Description"), ("text", "Assignees"),
                           ("spin button", "Deadline"), ("push button", "Create task"),
                           ("page tab", "Tasks"), ("page tab", "Look up"),
                           ("page tab", "New one-off task"), ("tree", "Tasks"),
                           ("text", "Search:"), ("check box", "One-off only"),
                           ("push button", "Refresh")]:
            if find(app, role, name) is None:
                problems.append("no %s named %r" % (role, name))

        # The details tree reads out the task's values.
        details = find(app, "tree", "Task details")
        if details is not None and find(details, "table cell", first["title"]) is None:
            problems.append("the 'Task details' tree has no cell with the task's title")

        # Nothing a user can operate is nameless.
        for node in nodes(app):
            try:
                role = node.getRoleName()
                if role in ("text", "push button", "check box", "spin button", "tree",
                            "page tab") and not node.name.strip():
                    problems.append("a %s without a name, in %s" % (role, path(node)))
            except Exception:
                continue

        # Talk and act by keyboard, as a screen-reader user does: open the Comments section,
        # type a comment and post it with Ctrl+Enter, read it back, then complete the task with
        # its Alt+C shortcut (real key presses through XTEST).
        comments_tab = wait_for("the 'Comments' tab",
                                lambda: find(app, "page tab", prefix="Comments"))
        if comments_tab is not None:
            press(comments_tab)
            box = wait_for("the comment box", lambda: find(app, "text", "Write a comment"))
            if find(app, "push button", "Post comment") is None:
                problems.append("no push button named 'Post comment'")
            if box is not None:
                words = "Posted by a screen reader user"
                focus_window()
                box.queryComponent().grabFocus()
                if wait_for("the comment box focused",
                            lambda: box if focused(box) else None) is not None:
                    subprocess.run(["xdotool", "type", "--delay", "20", words], check=False)
                    keys("ctrl+Return")
                    wait_for("the posted comment read back from the 'Comments' text",
                             lambda: comment_shown(app, words))
            if find(app, "push button", "Complete") is None:
                problems.append("no push button named 'Complete' for an open task")
            else:
                keys("alt+c")
                wait_for("'Reopen' offered once the task is complete (Alt+C)",
                         lambda: find(app, "push button", "Reopen"))

        # Drive it: type the second task's ID and press "Look up", through AT-SPI only.
        entry = find(app, "text", "Task ID or link:")
        button = find(app, "push button", "Look up")
        if entry is not None and button is not None:
            editable = entry.queryEditableText()
            editable.setTextContents(second["id"])
            press(button)
            wait_for("the second task shown after pressing 'Look up'",
                     lambda: find(app, "label", second["title"]))

        # Answer form fields by keyboard alone: type into a text field, Tab to a drop-down,
        # choose an option with the arrow key, and Ctrl+S, then the saved answers read back from the tree.
        answer_fields(app, next(task for task in tasks
                                if task.get("_completion_checks_required_fields")))
    finally:
        app_process.terminate()
        try:
            app_process.wait(10)
        except subprocess.TimeoutExpired:
            app_process.kill()
    return report()


def answer_fields(app, task):
    entry = find(app, "text", "Task ID or link:")
    button = find(app, "push button", "Look up")
    if entry is None or button is None:
        return
    entry.queryEditableText().setTextContents(task["id"])
    press(button)
    if wait_for("the task with required fields shown",
                lambda: find(app, "label", task["title"])) is None:
        return
    fields_tab = wait_for("the 'Form fields' tab", lambda: find(app, "page tab", prefix="Form fields"))
    if fields_tab is None:
        return
    press(fields_tab)
    edit = wait_for("an 'Edit answers' button", lambda: find(app, "push button", "Edit answers"))
    if edit is None:
        return
    press(edit)
    text_field = next(field for field in task["form_fields"] if field["field_type"] == "text")
    choice = next(field for field in task["form_fields"] if field["field_type"] == "dropdown")
    box = wait_for("the text field named after its label, marked required",
                   lambda: find(app, "text", text_field["label"] + " (required)"))
    # A combo box reads out its current choice as its name; its label comes by relation.
    combo = wait_for("the drop-down labelled by its field's label",
                     lambda: labelled(app, "combo box", choice["label"]))
    if box is None or combo is None:
        return
    # Typed with real key presses; then Tab moves on to the drop-down.
    focus_window()
    box.queryComponent().grabFocus()
    if wait_for("the text field focused", lambda: box if focused(box) else None) is None:
        return
    subprocess.run(["xdotool", "type", "--delay", "20", "northwind.example"], check=False)
    if wait_for("the typed answer read back from the text field",
                lambda: box if "northwind.example" in text_of(box) else None) is None:
        return
    keys("Tab")
    if wait_for("the drop-down focused after Tab",
                lambda: combo if focused(combo) else None) is None:
        return
    keys("Down")  # from "No answer" to the first option
    first_option = choice["options"][0]["text"]
    if wait_for("the drop-down reading out the option the arrow key chose",
                lambda: combo if combo.name == first_option else None) is None:
        return
    keys("ctrl+s")
    tree = wait_for("the 'Form fields' tree back after saving",
                    lambda: find(app, "tree", "Form fields"))
    if tree is not None:
        wait_for("the saved text answer read from the tree",
                 lambda: find(tree, "table cell", "northwind.example"))
        wait_for("the saved drop-down answer read from the tree",
                 lambda: find(tree, "table cell", first_option))


def labelled(root, role, label):
    """The node of `role` whose labelled-by relation names `label`."""
    for node in nodes(root):
        try:
            if node.getRoleName() != role:
                continue
            for relation in node.getRelationSet():
                if relation.getRelationType() != pyatspi.RELATION_LABELLED_BY:
                    continue
                for i in range(relation.getNTargets()):
                    if relation.getTarget(i).name.rstrip(" *:") == label:
                        return node
        except Exception:
            continue
    return None


def text_of(node):
    try:
        text = node.queryText()
        return text.getText(0, text.characterCount)
    except Exception:
        return ""


def focused(node):
    try:
        return node.getState().contains(pyatspi.STATE_FOCUSED)
    except Exception:
        return False


def focus_window():
    # No window manager runs under Xvfb: give the application's window the X input focus, as
    # clicking it would, so that key presses reach it.
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(APP_PID[0])],
                           capture_output=True, text=True, check=False)
    windows = found.stdout.split()
    print("a11y: windows of the application: %r %s" % (windows, found.stderr.strip()),
          file=sys.stderr)
    if not windows:
        problems.append("no window of the application found to give the keyboard focus")
        return
    for window in windows:
        subprocess.run(["xdotool", "windowfocus", "--sync", window], check=False)


def keys(sequence):
    # Real key presses through the X server's XTEST extension, to the focused window.
    subprocess.run(["xdotool", "key", "--clearmodifiers", sequence], check=False)


def cell_named(root, names):
    for node in nodes(root):
        try:
            if node.getRoleName() == "table cell" and node.name in names:
                return node
        except Exception:
            continue
    return None


def comment_shown(app, words):
    # The comments are a read-only rich text view: a label to AT-SPI, with the text interface.
    view = find(app, "label", "Comments") or find(app, "text", "Comments")
    if view is None:
        return None
    text = view.queryText()
    return view if words in text.getText(0, text.characterCount) else None


def press(node):
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    action.doAction(names.index("Press") if "Press" in names else 0)


def report():
    for problem in problems:
        print("a11y: " + problem, file=sys.stderr)
    if not problems:
        print("a11y: every check passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
