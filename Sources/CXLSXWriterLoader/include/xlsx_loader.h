#ifndef EJOURNAL_XLSX_LOADER_H
#define EJOURNAL_XLSX_LOADER_H

// libxlsxwriter, loaded at its first use (dlopen), not linked: the library and the ones it needs
// (minizip, zlib, OpenSSL's libcrypto) cost a millisecond of every start of the program, and only
// a workbook needs them. The functions are libxlsxwriter's own, prefixed `ejx_`.
#include <xlsxwriter.h>

/// Loads libxlsxwriter once: 1 when it and every function below were found, 0 when not installed.
int ejx_load(void);

lxw_workbook *ejx_workbook_new(const char *filename);
lxw_format *ejx_workbook_add_format(lxw_workbook *workbook);
lxw_worksheet *ejx_workbook_add_worksheet(lxw_workbook *workbook, const char *sheetname);
lxw_error ejx_workbook_close(lxw_workbook *workbook);
void ejx_format_set_num_format(lxw_format *format, const char *num_format);
void ejx_format_set_bottom(lxw_format *format, uint8_t style);
void ejx_format_set_bold(lxw_format *format);
lxw_error ejx_worksheet_write_string(
    lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, const char *string, lxw_format *format);
lxw_error ejx_worksheet_write_number(
    lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, double number, lxw_format *format);
lxw_error ejx_worksheet_write_datetime(
    lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, lxw_datetime *datetime, lxw_format *format);
lxw_error ejx_worksheet_write_boolean(
    lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, int value, lxw_format *format);
lxw_error ejx_worksheet_set_column(
    lxw_worksheet *worksheet, lxw_col_t first_col, lxw_col_t last_col, double width, lxw_format *format);
void ejx_worksheet_freeze_panes(lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col);
lxw_error ejx_worksheet_autofilter(
    lxw_worksheet *worksheet, lxw_row_t first_row, lxw_col_t first_col, lxw_row_t last_row, lxw_col_t last_col);
char *ejx_lxw_strerror(lxw_error error_num);

#endif
