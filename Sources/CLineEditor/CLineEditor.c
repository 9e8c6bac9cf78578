/*
 * The line editor of the shell over libedit: see include/CLineEditor.h.
 *
 * Everything is done with libedit's wide-character API (el_wgets, el_wline,
 * el_winsertstr, history_w) so that a Cyrillic letter is one character to move
 * over or delete; the strings crossing to Swift are UTF-8, converted here
 * without the locale's help.
 */
#include "CLineEditor.h"

#include <errno.h>
#include <histedit.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <wchar.h>

#include <dlfcn.h>
#include <pthread.h>

/* ---- libedit, loaded when the first editor is made ---- */

/*
 * libedit (and the libraries it needs: libtinfo, libbsd, libmd) is loaded by the interactive shell
 * only, not linked: a `-c` or a script never edits a line, and mapping the four libraries was a
 * fortieth of every start. The functions below are libedit's own, through pointers of their types.
 */
#define LE_FUNCTIONS(X)                                                                                     \
    X(el_init)                                                                                              \
    X(el_end)                                                                                               \
    X(el_get)                                                                                               \
    X(el_wget)                                                                                              \
    X(el_wgets)                                                                                             \
    X(el_wset)                                                                                              \
    X(el_winsertstr)                                                                                        \
    X(el_wline)                                                                                             \
    X(el_deletestr)                                                                                         \
    X(el_source)                                                                                            \
    X(history_w)                                                                                            \
    X(history_winit)                                                                                        \
    X(history_wend)

/* `__typeof__` names each function's type without referring to the function: nothing is linked. */
#define LE_POINTER(name) static __typeof__(&name) p_##name;
LE_FUNCTIONS(LE_POINTER)

static void *libedit;
static pthread_once_t libedit_once = PTHREAD_ONCE_INIT;

static void load_libedit(void) {
    static const char *const names[] = {"libedit.so.2", "libedit.so", "libedit.3.dylib", "libedit.dylib"};
    void *handle = NULL;
    for (unsigned i = 0; i < sizeof names / sizeof names[0] && handle == NULL; i++) {
        handle = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    }
    if (handle == NULL) return;
#define LE_LOOKUP(name)                                                                                     \
    p_##name = (__typeof__(&name))dlsym(handle, #name);                                                     \
    if (p_##name == NULL) return;
    LE_FUNCTIONS(LE_LOOKUP)
    libedit = handle;
}

int line_editor_available(void) {
    pthread_once(&libedit_once, load_libedit);
    return libedit != NULL;
}

/* From here on, each name calls libedit's function through its pointer. */
#define el_init (*p_el_init)
#define el_end (*p_el_end)
#define el_get (*p_el_get)
#define el_wget (*p_el_wget)
#define el_wgets (*p_el_wgets)
#define el_wset (*p_el_wset)
#define el_winsertstr (*p_el_winsertstr)
#define el_wline (*p_el_wline)
#define el_deletestr (*p_el_deletestr)
#define el_source (*p_el_source)
#define history_w (*p_history_w)
#define history_winit (*p_history_winit)
#define history_wend (*p_history_wend)

struct LineEditor {
    EditLine *editline;
    HistoryW *history;
    FILE *output;
    int input_is_terminal;
    wchar_t *prompt;
    /* The last line read, in UTF-8. */
    char *line;
    size_t line_capacity;
    /* Set by the Ctrl-C key during a read. */
    int interrupted;
    LineEditorCompleteFunction complete;
    void *complete_context;
};

/* ---- UTF-8 and wide characters ---- */

/* A new wide string from UTF-8; a malformed byte becomes U+FFFD. */
static wchar_t *decode_utf8(const char *text) {
    size_t length = strlen(text);
    wchar_t *decoded = malloc((length + 1) * sizeof(wchar_t));
    if (decoded == NULL) return NULL;
    const unsigned char *p = (const unsigned char *)text;
    const unsigned char *end = p + length;
    size_t count = 0;
    while (p < end) {
        unsigned long c = *p;
        size_t extra;
        unsigned long least;
        if (c < 0x80) {
            extra = 0, least = 0;
        } else if ((c & 0xE0) == 0xC0) {
            c &= 0x1F, extra = 1, least = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            c &= 0x0F, extra = 2, least = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            c &= 0x07, extra = 3, least = 0x10000;
        } else {
            decoded[count++] = 0xFFFD;
            p++;
            continue;
        }
        size_t i = 1;
        for (; i <= extra && p + i < end && (p[i] & 0xC0) == 0x80; i++) c = (c << 6) | (p[i] & 0x3F);
        if (i <= extra || c < least || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
            decoded[count++] = 0xFFFD;
            p += i;
            continue;
        }
        decoded[count++] = (wchar_t)c;
        p += extra + 1;
    }
    decoded[count] = 0;
    return decoded;
}

/* Writes one character as UTF-8 into `out` (room for 4 bytes); returns the byte count. */
static size_t encode_character(wchar_t character, char *out) {
    unsigned long c = (unsigned long)character;
    if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = 0xFFFD;
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* `count` wide characters as UTF-8 into a buffer grown as needed; NULL when out of memory. */
static char *encode_utf8_into(const wchar_t *text, size_t count, char **buffer, size_t *capacity) {
    size_t needed = count * 4 + 1;
    if (*buffer == NULL || *capacity < needed) {
        char *grown = realloc(*buffer, needed);
        if (grown == NULL) return NULL;
        *buffer = grown;
        *capacity = needed;
    }
    size_t length = 0;
    for (size_t i = 0; i < count; i++) length += encode_character(text[i], *buffer + length);
    (*buffer)[length] = '\0';
    return *buffer;
}

/* A new UTF-8 string of `count` wide characters. */
static char *encode_utf8(const wchar_t *text, size_t count) {
    char *buffer = NULL;
    size_t capacity = 0;
    return encode_utf8_into(text, count, &buffer, &capacity);
}

/* ---- Locale ---- */

static int codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "utf8") == 0);
}

int line_editor_use_utf8_locale(void) {
    /* libedit decodes keys and history files with the C library's multibyte functions, which follow LC_CTYPE. */
    if (setlocale(LC_CTYPE, "") != NULL && codeset_is_utf8()) return 1;
    static const char *const fallbacks[] = {"C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8"};
    for (size_t i = 0; i < sizeof fallbacks / sizeof fallbacks[0]; i++)
        if (setlocale(LC_CTYPE, fallbacks[i]) != NULL && codeset_is_utf8()) return 1;
    return 0;
}

/* ---- Editor ---- */

static LineEditor *editor_of(EditLine *editline) {
    void *editor = NULL;
    el_wget(editline, EL_CLIENTDATA, &editor);
    return editor;
}

static wchar_t *prompt_text(EditLine *editline) {
    LineEditor *editor = editor_of(editline);
    return editor != NULL && editor->prompt != NULL ? editor->prompt : L"";
}

/*
 * Moves the terminal's cursor to the end of the text being edited by writing the
 * text after the cursor again, as libedit shows it: a key that ends the read
 * or prints below the line then starts from the end, not from the middle.
 */
static void write_rest_of_line(LineEditor *editor) {
    const LineInfoW *info = el_wline(editor->editline);
    char bytes[4];
    for (const wchar_t *p = info->cursor; p < info->lastchar; p++) {
        wchar_t c = *p;
        if (c == L'\n' || c == L'\t') {
            fputc((int)c, editor->output);
        } else if (c < 0x20 || c == 0x7F) {
            fputc('^', editor->output);
            fputc(c == 0x7F ? '?' : (int)(c | 0x40), editor->output);
        } else {
            fwrite(bytes, 1, encode_character(c, bytes), editor->output);
        }
    }
}

/* Ctrl-C: the line is dropped and the read ends as interrupted. */
static unsigned char interrupt_key(EditLine *editline, int key) {
    (void)key;
    LineEditor *editor = editor_of(editline);
    editor->interrupted = 1;
    write_rest_of_line(editor);
    fputs("^C", editor->output);
    fflush(editor->output);
    /* CC_EOF ends el_wgets with no line; the flag tells it from Ctrl-D. */
    return CC_EOF;
}

/* Tab: asks the completion function, which edits the line or prints a list. */
static unsigned char complete_key(EditLine *editline, int key) {
    (void)key;
    LineEditor *editor = editor_of(editline);
    if (editor == NULL || editor->complete == NULL) return CC_ERROR;
    const LineInfoW *info = el_wline(editline);
    char *line = encode_utf8(info->buffer, (size_t)(info->lastchar - info->buffer));
    if (line == NULL) return CC_ERROR;
    int cursor = (int)(info->cursor - info->buffer);
    LineEditorCompletion completion = editor->complete(editor->complete_context, line, cursor);
    free(line);
    switch (completion) {
    case LineEditorCompletionRefresh:
        return CC_REFRESH;
    case LineEditorCompletionRedisplay:
        return CC_REDISPLAY;
    case LineEditorCompletionBeep:
    default:
        return CC_ERROR;
    }
}

LineEditor *line_editor_create(const char *program) {
    if (!line_editor_available()) return NULL;
    line_editor_use_utf8_locale();
    LineEditor *editor = calloc(1, sizeof *editor);
    if (editor == NULL) return NULL;
    editor->output = stdout;
    editor->input_is_terminal = isatty(fileno(stdin));
    editor->editline = el_init(program, stdin, stdout, stderr);
    editor->history = history_winit();
    if (editor->editline == NULL || editor->history == NULL) {
        line_editor_destroy(editor);
        return NULL;
    }
    HistEventW event;
    history_w(editor->history, &event, H_SETSIZE, 1000);
    history_w(editor->history, &event, H_SETUNIQUE, 1);

    EditLine *el = editor->editline;
    el_wset(el, EL_CLIENTDATA, editor);
    el_wset(el, EL_EDITOR, L"emacs");
    /* No signal handlers of libedit's: they re-raise the signal to the whole process group. */
    el_wset(el, EL_SIGNAL, 0);
    el_wset(el, EL_HIST, history_w, editor->history);
    el_wset(el, EL_PROMPT_ESC, prompt_text, (int)L'\1');
    /* Keys that terminals send but libedit's emacs map leaves unbound. */
    el_wset(el, EL_BIND, L"\\e[H", L"ed-move-to-beg", NULL);
    el_wset(el, EL_BIND, L"\\e[F", L"ed-move-to-end", NULL);
    el_wset(el, EL_BIND, L"\\e[1~", L"ed-move-to-beg", NULL);
    el_wset(el, EL_BIND, L"\\e[4~", L"ed-move-to-end", NULL);
    el_wset(el, EL_BIND, L"\\e[3~", L"ed-delete-next-char", NULL);
    el_wset(el, EL_BIND, L"\\e[1;5D", L"ed-prev-word", NULL);
    el_wset(el, EL_BIND, L"\\e[1;5C", L"em-next-word", NULL);
    /*
     * Characters below U+0100 are looked up in the key map, where 0x80-0xFF are
     * the Meta keys: without these, « and » (M-+ and M-;) could not be typed.
     */
    el_wset(el, EL_BIND, L"\u00AB", L"ed-insert", NULL);
    el_wset(el, EL_BIND, L"\u00BB", L"ed-insert", NULL);
    el_wset(el, EL_BIND, L"\u00A0", L"ed-insert", NULL);
    el_wset(el, EL_BIND, L"\u00A7", L"ed-insert", NULL);
    el_source(el, NULL);

    /* Applied after ~/.editrc, because the reader's contract depends on them. */
    el_wset(el, EL_SETTY, L"-d", L"-isig", NULL);
    el_wset(el, EL_ADDFN, L"ejournal-interrupt", L"Drop the line and start again", interrupt_key);
    el_wset(el, EL_BIND, L"^C", L"ejournal-interrupt", NULL);
    el_wset(el, EL_ADDFN, L"ejournal-complete", L"Complete the word before the cursor", complete_key);
    el_wset(el, EL_BIND, L"^I", L"ejournal-complete", NULL);
    return editor;
}

void line_editor_destroy(LineEditor *editor) {
    if (editor == NULL) return;
    if (editor->editline != NULL) el_end(editor->editline);
    if (editor->history != NULL) history_wend(editor->history);
    free(editor->prompt);
    free(editor->line);
    free(editor);
}

int line_editor_is_terminal(const LineEditor *editor) {
    return editor->input_is_terminal;
}

void line_editor_set_prompt(LineEditor *editor, const char *prompt) {
    wchar_t *decoded = decode_utf8(prompt != NULL ? prompt : "");
    if (decoded == NULL) return;
    free(editor->prompt);
    editor->prompt = decoded;
}

const char *line_editor_read(LineEditor *editor, LineEditorStatus *status) {
    editor->interrupted = 0;
    int count = 0;
    errno = 0;
    const wchar_t *text = el_wgets(editor->editline, &count);
    int read_errno = errno;
    if (editor->interrupted || (text == NULL && count == -1 && read_errno == EINTR)) {
        /* The terminal is back in its own mode: end the abandoned line. */
        if (editor->input_is_terminal) fputs("\n", editor->output);
        fflush(editor->output);
        *status = LineEditorStatusInterrupted;
        return NULL;
    }
    if (text == NULL || count <= 0) {
        if (editor->input_is_terminal) fputs("\n", editor->output);
        fflush(editor->output);
        *status = LineEditorStatusEnd;
        return NULL;
    }
    size_t length = (size_t)count;
    if (length > 0 && text[length - 1] == L'\n') length--;
    if (encode_utf8_into(text, length, &editor->line, &editor->line_capacity) == NULL) {
        *status = LineEditorStatusEnd;
        return NULL;
    }
    *status = LineEditorStatusLine;
    return editor->line;
}

int line_editor_columns(LineEditor *editor) {
    int columns = 0;
    if (el_get(editor->editline, EL_GETTC, "co", &columns, (void *)NULL) != 0 || columns <= 0) return 80;
    return columns;
}

/* ---- History ---- */

int line_editor_history_set_size(LineEditor *editor, int size) {
    HistEventW event;
    return history_w(editor->history, &event, H_SETSIZE, size) == -1 ? -1 : 0;
}

int line_editor_history_add(LineEditor *editor, const char *entry) {
    wchar_t *decoded = decode_utf8(entry);
    if (decoded == NULL) return -1;
    HistEventW event;
    int result = history_w(editor->history, &event, H_ENTER, decoded);
    free(decoded);
    return result == -1 ? -1 : 0;
}

int line_editor_history_load(LineEditor *editor, const char *path) {
    HistEventW event;
    return history_w(editor->history, &event, H_LOAD, path);
}

int line_editor_history_save(LineEditor *editor, const char *path) {
    HistEventW event;
    return history_w(editor->history, &event, H_SAVE, path);
}

void line_editor_history_each(LineEditor *editor, void *context, void (*visit)(void *context, const char *entry)) {
    HistEventW event;
    /* H_LAST is the oldest entry; H_PREV steps towards the newest. */
    for (int found = history_w(editor->history, &event, H_LAST); found != -1;
        found = history_w(editor->history, &event, H_PREV)) {
        char *entry = encode_utf8(event.str, wcslen(event.str));
        if (entry == NULL) return;
        visit(context, entry);
        free(entry);
    }
}

/* ---- Completion ---- */

void line_editor_set_completion(LineEditor *editor, LineEditorCompleteFunction complete, void *context) {
    editor->complete = complete;
    editor->complete_context = context;
}

int line_editor_replace_before_cursor(LineEditor *editor, int count, const char *text) {
    if (count > 0) el_deletestr(editor->editline, count);
    if (text == NULL || text[0] == '\0') return 0;
    wchar_t *decoded = decode_utf8(text);
    if (decoded == NULL) return -1;
    int result = el_winsertstr(editor->editline, decoded);
    free(decoded);
    return result;
}

void line_editor_print_list(LineEditor *editor, const char *text) {
    write_rest_of_line(editor);
    fputs("\n", editor->output);
    fputs(text, editor->output);
    fputs("\n", editor->output);
    fflush(editor->output);
}
