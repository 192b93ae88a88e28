/**
 * Jackson implementation of the archive's JSON form (JSON 实现): the one configured object mapper,
 * mix-ins for the api's records, and the codec that checks format versions and translates failures; the strict reader of filing-standard
 * documents and the writer of filing reports.
 * The only package that imports Jackson. Not part of the API.
 */
@NullMarked
package io.dangan.archive.core.internal.json;

import org.jspecify.annotations.NullMarked;
