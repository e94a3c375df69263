/**
 * The company's own employee survey: CSV import (Commons CSV, format detection, header matching
 * in English and Swedish), the stored surveys and their summaries, and CSV export of any table.
 */
package se.socialorg.advisor.store.survey;
