package io.koppel.simulator.internal.messages;

/** Object names used inside Exact's messages ("Verplicht: Boekjaar"). */
public enum Term {
    FINANCIAL_YEAR("Boekjaar", "Exercice", "Financial year", "Geschäftsjahr"),
    JOURNAL("Dagboek", "Journal", "Journal", "Journal"),
    // Exact was observed answering "Ongeldige referentie: Journals" (picqer #31): English entity name even in Dutch
    JOURNALS("Journals", "Journals", "Journals", "Journals"),
    CUSTOMER("Klant", "Client", "Customer", "Kunde"),
    CUSTOMER_TYPE("Klant (Type)", "Client (Type)", "Customer (Type)", "Kunde (Typ)"),
    GL_ACCOUNT("Grootboekrekening", "Compte général", "G/L account", "Sachkonto"),
    GL_ACCOUNT_TYPE("Grootboekrekeningtype", "Type de compte général", "G/L account type", "Sachkontotyp"),
    COST_CENTER("Kostenplaats", "Centre de frais", "Cost center", "Kostenstelle"),
    COST_UNIT("Kostendrager", "Porteur de frais", "Cost unit", "Kostenträger"),
    AMOUNT("Bedrag", "Montant", "Amount", "Betrag"),
    LINES("Regels", "Lignes", "Lines", "Zeilen"),
    NAME("Naam", "Nom", "Name", "Name"),
    CODE("Code", "Code", "Code", "Code"),
    RELATION("Relatie", "Relation", "Account", "Relation"),
    BANK_ACCOUNT("Bankrekening", "Compte bancaire", "Bank account", "Bankkonto"),
    MANDATE_REFERENCE("Mandaat referentie", "Référence du mandat", "Mandate reference", "Mandatsreferenz"),
    PAYMENT_TYPE("Soort betaling", "Type de paiement", "Payment type", "Zahlungsart"),
    SUBJECT("Onderwerp", "Objet", "Subject", "Betreff"),
    TYPE("Type", "Type", "Type", "Typ"),
    DOCUMENT("Document", "Document", "Document", "Dokument"),
    FILE_NAME("Bestandsnaam", "Nom de fichier", "File name", "Dateiname"),
    ATTACHMENT("Bijlage", "Pièce jointe", "Attachment", "Anhang"),
    CALLBACK_URL("CallbackURL", "CallbackURL", "CallbackURL", "CallbackURL"),
    TOPIC("Topic", "Topic", "Topic", "Topic"),
    SALES_ENTRY("Verkoopboeking", "Écriture de vente", "Sales entry", "Verkaufsbuchung"),
    COUNTRY("Land", "Pays", "Country", "Land"),
    STATUS("Status", "Statut", "Status", "Status"),
    SALES_ENTRIES("Verkoopboekingen", "Écritures de vente", "Sales entries", "Verkaufsbuchungen"),
    ADDRESS_LINE("Adres", "Adresse", "Address", "Adresse"),
    CITY("Plaats", "Localité", "City", "Ort"),
    POSTCODE("Postcode", "Code postal", "Postcode", "Postleitzahl"),
    EMAIL("E-mail", "E-mail", "E-mail", "E-Mail"),
    VAT_CODE("Btw-code", "Code TVA", "VAT code", "Steuercode"),
    SIGNATURE_DATE("Ondertekeningsdatum", "Date de signature", "Signature date", "Unterschriftsdatum");

    private final Localized text;

    Term(String nl, String fr, String en, String de) {
        this.text = new Localized(nl, fr, en, de);
    }

    public String in(Lang lang) {
        return text.in(lang);
    }
}
