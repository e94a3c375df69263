package se.socialorg.advisor.store.sheet;

/** What kind of file a sheet comes from. */
public enum SheetKind {
  /** An Office Open XML workbook (.xlsx), as Excel and Microsoft Forms write it. */
  XLSX,
  /** An old binary Excel workbook (.xls, Excel 97-2003). */
  XLS,
  /** An HTML table saved under an Excel name (.xls), as some web exports do. */
  HTML,
  /** An Excel 2003 XML spreadsheet (SpreadsheetML), often named .xls. */
  SPREADSHEET_XML,
  /** Comma-, semicolon- or tab-separated text. */
  CSV
}
