/**
 * Filing (收集归档): versioned category schemes and filing standards, acceptance review (审核),
 * the catalogue (目录), completeness audit with the missing-materials register (缺少材料登记) and the
 * special audit (专审, 三龄二历一身份) with its determination form (认定表).
 */
@NullMarked
package io.dangan.archive.filing;

import org.jspecify.annotations.NullMarked;
