/**
 * Dangan (档案): the SDK's entry types, its exception hierarchy and stable error codes.
 */
@NullMarked
package io.dangan.archive;

import org.jspecify.annotations.NullMarked;
