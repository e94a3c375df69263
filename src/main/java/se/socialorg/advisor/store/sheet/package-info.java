/**
 * Reading spreadsheets: .xlsx workbooks (streamed, first visible sheet) and CSV files (encoding and
 * delimiter detected) as rows of text with their sheet, row and column positions. The .xlsx reader
 * is loaded only when a workbook is opened (docs/decisions/0014).
 */
package se.socialorg.advisor.store.sheet;
