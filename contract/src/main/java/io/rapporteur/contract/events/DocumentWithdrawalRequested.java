package io.rapporteur.contract.events;

/** A request to withdraw a document and its mentions ({@link Topics#DOCUMENTS}, key = documentId). */
public record DocumentWithdrawalRequested(String documentId, String reason, String requestedAt) {
}
