package se.socialorg.advisor.store.sheet;

import java.nio.charset.Charset;

/**
 * How a CSV file is written.
 *
 * @param charset the text encoding (UTF-8, UTF-16 or Windows-1252)
 * @param bom whether the file starts with a byte-order mark
 * @param delimiter comma, semicolon or tab
 */
public record CsvFormat(Charset charset, boolean bom, char delimiter) {}
