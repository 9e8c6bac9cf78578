/*
 * CLineEditor: the shell's line editor, a small shim over libedit.
 *
 * libedit's setup calls (el_set, el_wset, history_w) are variadic and take
 * wide strings, which Swift cannot call; this header offers plain functions
 * with UTF-8 strings instead. One LineEditor reads from standard input and
 * draws on standard output, edits per character (the wide-character API, in a
 * UTF-8 locale), keeps a history, and hands Tab to a completion function.
 *
 * Signals: none are installed or changed. While a line is edited the terminal's
 * ISIG flag is off (libedit's "setty -d -isig"), so Ctrl-C reaches the editor as
 * a key, drops the line and ends the read as "interrupted"; between reads the
 * terminal is in its own mode and Ctrl-C raises SIGINT as usual, for whatever
 * handler the program installed. Ctrl-Z and Ctrl-\ do nothing at the prompt.
 */
#ifndef CLINEEDITOR_H
#define CLINEEDITOR_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* One line editor with its history: opaque. */
typedef struct LineEditor LineEditor;

/* How a read ended. */
typedef enum __attribute__((enum_extensibility(closed))) LineEditorStatus {
    /* A line was read (returned without its newline). */
    LineEditorStatusLine,
    /* Ctrl-C at the prompt (or a signal that interrupted the read): the line is dropped. */
    LineEditorStatusInterrupted,
    /* Ctrl-D on an empty line, or the end of the input. */
    LineEditorStatusEnd,
} LineEditorStatus;

/* What the completion function asks the editor to do after it returns. */
typedef enum __attribute__((enum_extensibility(closed))) LineEditorCompletion {
    /* Redraw the line (after line_editor_replace_before_cursor). */
    LineEditorCompletionRefresh,
    /* Nothing to complete: ring the bell. */
    LineEditorCompletionBeep,
    /* A list was printed below the line (line_editor_print_list): draw the prompt and line anew. */
    LineEditorCompletionRedisplay,
} LineEditorCompletion;

/*
 * Called on Tab with the whole line in UTF-8 and the cursor as a count of
 * Unicode scalars (wide characters) into it. It may call
 * line_editor_replace_before_cursor and line_editor_print_list, and only then.
 */
typedef LineEditorCompletion (*LineEditorCompleteFunction)(void *context, const char *line, int cursor);

/*
 * Makes LC_CTYPE a UTF-8 locale: the environment's if it is UTF-8, else
 * C.UTF-8 (or another UTF-8 locale found). Returns 1 when the locale is UTF-8.
 * line_editor_create calls it; LC_NUMERIC and the other categories stay "C".
 */
int line_editor_use_utf8_locale(void);

/*
 * Loads libedit (once; it is not linked): 1 when it and every function the
 * editor calls were found, 0 when it is not installed.
 */
int line_editor_available(void);

/*
 * A new editor on standard input, output and error, with emacs bindings, the
 * user's ~/.editrc (lines for `program`), Ctrl-C as described above, and an
 * empty history of 1000 entries at most. NULL if libedit is not installed or
 * could not start.
 */
LineEditor *line_editor_create(const char *program);

/* Restores the terminal and frees the editor and its history. */
void line_editor_destroy(LineEditor *editor);

/* Whether standard input was a terminal when the editor was made. */
int line_editor_is_terminal(const LineEditor *editor);

/*
 * The prompt of the next reads (copied). Invisible sequences, such as colour
 * codes, go between two \001 characters so that they take no column.
 */
void line_editor_set_prompt(LineEditor *editor, const char *prompt);

/*
 * Shows the prompt and reads one line. Returns the line in UTF-8 without its
 * newline (owned by the editor, valid until the next read) when *status is
 * LineEditorStatusLine, and NULL otherwise. A line recalled from the history
 * may hold newlines of its own.
 */
const char *line_editor_read(LineEditor *editor, LineEditorStatus *status);

/* The terminal's width in columns (80 when unknown). */
int line_editor_columns(LineEditor *editor);

/* Keeps at most `size` entries (older ones are dropped first). Returns 0, or -1 on error. */
int line_editor_history_set_size(LineEditor *editor, int size);

/*
 * Adds one entry (UTF-8, newlines allowed); an entry equal to the latest one is
 * not added again. Returns 0, or -1 on error.
 */
int line_editor_history_add(LineEditor *editor, const char *entry);

/* Adds the entries of a history file. Returns how many were read, or -1. */
int line_editor_history_load(LineEditor *editor, const char *path);

/*
 * Writes every entry to a history file (created, or replaced; mode 0600), in
 * libedit's format: one entry a line, with newlines and blanks escaped as in
 * vis(3). Returns how many were written, or -1.
 */
int line_editor_history_save(LineEditor *editor, const char *path);

/* Calls `visit` with each entry in UTF-8, the oldest first. */
void line_editor_history_each(LineEditor *editor, void *context, void (*visit)(void *context, const char *entry));

/* Binds Tab to `complete` (NULL: Tab does nothing but ring the bell). */
void line_editor_set_completion(LineEditor *editor, LineEditorCompleteFunction complete, void *context);

/*
 * During completion: deletes `count` wide characters before the cursor and
 * inserts `text` (UTF-8) there. Returns 0, or -1 if nothing could be inserted.
 */
int line_editor_replace_before_cursor(LineEditor *editor, int count, const char *text);

/*
 * During completion: moves below the line being edited and prints `text`
 * (lines separated by \n); the completion function then returns
 * LineEditorCompletionRedisplay so that the prompt and line are drawn under it.
 */
void line_editor_print_list(LineEditor *editor, const char *text);

#ifdef __cplusplus
}
#endif

#endif
