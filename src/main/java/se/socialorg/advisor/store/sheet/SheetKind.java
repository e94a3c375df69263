package se.socialorg.advisor.store.sheet;

/** What kind of file a sheet comes from. */
public enum SheetKind {
  /** An Office Open XML workbook (.xlsx), as Excel and Microsoft Forms write it. */
  XLSX,
  /** Comma-, semicolon- or tab-separated text. */
  CSV
}
