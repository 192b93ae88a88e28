/**
 * Implementation of the integrity toolkit (完整性工具实现) over the JDK and Bouncy Castle; not API, may change
 * in any release.
 */
@NullMarked
package io.dangan.archive.crypto.internal;

import org.jspecify.annotations.NullMarked;
