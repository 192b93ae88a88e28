/**
 * The default content store (文件内容存储): write-once, content-addressed objects on a filesystem, reads verified
 * on the fly, and the parallel whole-store verification. Not API.
 */
@NullMarked
package io.dangan.archive.core.internal.content;

import org.jspecify.annotations.NullMarked;
