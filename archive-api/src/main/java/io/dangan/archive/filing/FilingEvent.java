package io.dangan.archive.filing;

import io.dangan.archive.audit.DomainEvent;

/**
 * The domain events of filing (归档事件). Each step of the workflow emits one after its transaction
 * committed; the types are listed in {@code docs/codes.md}.
 */
public sealed interface FilingEvent extends DomainEvent permits MaterialsReceived, MaterialReviewed, MaterialFiled,
        MaterialReturned, CatalogueRegenerated, MissingMaterialRegistered {
}
