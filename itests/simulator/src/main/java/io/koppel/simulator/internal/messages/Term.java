package io.koppel.simulator.internal.messages;

/** Object names used inside Exact's messages ("Verplicht: Boekjaar"). */
public enum Term {
    FINANCIAL_YEAR("Boekjaar", "Financial year"),
    JOURNAL("Dagboek", "Journal"),
    // Exact was observed answering "Ongeldige referentie: Journals" (picqer #31): English entity name even in Dutch
    JOURNALS("Journals", "Journals"),
    CUSTOMER("Klant", "Customer"),
    CUSTOMER_TYPE("Klant (Type)", "Customer (Type)"),
    GL_ACCOUNT("Grootboekrekening", "G/L account"),
    GL_ACCOUNT_TYPE("Grootboekrekeningtype", "G/L account type"),
    COST_CENTER("Kostenplaats", "Cost center"),
    COST_UNIT("Kostendrager", "Cost unit"),
    AMOUNT("Bedrag", "Amount"),
    LINES("Regels", "Lines"),
    NAME("Naam", "Name"),
    CODE("Code", "Code"),
    RELATION("Relatie", "Account"),
    BANK_ACCOUNT("Bankrekening", "Bank account"),
    MANDATE_REFERENCE("Mandaat referentie", "Mandate reference"),
    PAYMENT_TYPE("Soort betaling", "Payment type"),
    SUBJECT("Onderwerp", "Subject"),
    TYPE("Type", "Type"),
    DOCUMENT("Document", "Document"),
    FILE_NAME("Bestandsnaam", "File name"),
    ATTACHMENT("Bijlage", "Attachment"),
    CALLBACK_URL("CallbackURL", "CallbackURL"),
    TOPIC("Topic", "Topic"),
    SALES_ENTRY("Verkoopboeking", "Sales entry"),
    COUNTRY("Land", "Country"),
    STATUS("Status", "Status"),
    SALES_ENTRIES("Verkoopboekingen", "Sales entries");

    private final String nl;
    private final String en;

    Term(String nl, String en) {
        this.nl = nl;
        this.en = en;
    }

    public String in(Lang lang) {
        return lang == Lang.NL ? nl : en;
    }
}
