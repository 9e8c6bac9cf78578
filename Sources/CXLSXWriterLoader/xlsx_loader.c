#include "xlsx_loader.h"

#include <dlfcn.h>
#include <pthread.h>

#define EJX_FUNCTIONS(X)                                                                                   \
    X(workbook_new)                                                                                        \
    X(workbook_add_format)                                                                                 \
    X(workbook_add_worksheet)                                                                              \
    X(workbook_close)                                                                                      \
    X(format_set_num_format)                                                                               \
    X(format_set_bottom)                                                                                   \
    X(format_set_bold)                                                                                     \
    X(worksheet_write_string)                                                                              \
    X(worksheet_write_number)                                                                              \
    X(worksheet_write_datetime)                                                                            \
    X(worksheet_write_boolean)                                                                             \
    X(worksheet_set_column)                                                                                \
    X(worksheet_freeze_panes)                                                                              \
    X(worksheet_autofilter)                                                                                \
    X(lxw_strerror)

// `__typeof__` names each function's type without referring to the function: nothing is linked.
#define EJX_POINTER(name) static __typeof__(&name) p_##name;
EJX_FUNCTIONS(EJX_POINTER)

static void *library;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void load(void) {
    static const char *const names[] = {"libxlsxwriter.so.4", "libxlsxwriter.so", "libxlsxwriter.dylib"};
    void *handle = NULL;
    for (unsigned i = 0; i < sizeof names / sizeof names[0] && handle == NULL; i++) {
        handle = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    }
    if (handle == NULL) return;
#define EJX_LOOKUP(name)                                                                                   \
    p_##name = (__typeof__(&name))dlsym(handle, #name);                                                    \
    if (p_##name == NULL) return;
    EJX_FUNCTIONS(EJX_LOOKUP)
    library = handle;
}

int ejx_load(void) {
    pthread_once(&once, load);
    return library != NULL;
}

lxw_workbook *ejx_workbook_new(const char *filename) { return p_workbook_new(filename); }
lxw_format *ejx_workbook_add_format(lxw_workbook *workbook) { return p_workbook_add_format(workbook); }
lxw_worksheet *ejx_workbook_add_worksheet(lxw_workbook *workbook, const char *sheetname) {
    return p_workbook_add_worksheet(workbook, sheetname);
}
lxw_error ejx_workbook_close(lxw_workbook *workbook) { return p_workbook_close(workbook); }
void ejx_format_set_num_format(lxw_format *format, const char *num_format) {
    p_format_set_num_format(format, num_format);
}
void ejx_format_set_bottom(lxw_format *format, uint8_t style) { p_format_set_bottom(format, style); }
void ejx_format_set_bold(lxw_format *format) { p_format_set_bold(format); }
lxw_error ejx_worksheet_write_string(
    lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, const char *string, lxw_format *format) {
    return p_worksheet_write_string(worksheet, row, col, string, format);
}
lxw_error ejx_worksheet_write_number(
    lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, double number, lxw_format *format) {
    return p_worksheet_write_number(worksheet, row, col, number, format);
}
lxw_error ejx_worksheet_write_datetime(
    lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, lxw_datetime *datetime, lxw_format *format) {
    return p_worksheet_write_datetime(worksheet, row, col, datetime, format);
}
lxw_error ejx_worksheet_write_boolean(
    lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, int value, lxw_format *format) {
    return p_worksheet_write_boolean(worksheet, row, col, value, format);
}
lxw_error ejx_worksheet_set_column(
    lxw_worksheet *worksheet, lxw_col_t first_col, lxw_col_t last_col, double width, lxw_format *format) {
    return p_worksheet_set_column(worksheet, first_col, last_col, width, format);
}
void ejx_worksheet_freeze_panes(lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col) {
    p_worksheet_freeze_panes(worksheet, row, col);
}
lxw_error ejx_worksheet_autofilter(
    lxw_worksheet *worksheet, lxw_row_t first_row, lxw_col_t first_col, lxw_row_t last_row, lxw_col_t last_col) {
    return p_worksheet_autofilter(worksheet, first_row, first_col, last_row, last_col);
}
char *ejx_lxw_strerror(lxw_error error_num) { return p_lxw_strerror(error_num); }
