"""Address-book loader: vCard 2.1/3.0/4.0, UTF-16, Apple groups, both Google CSV layouts,
Outlook CSV."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pandas as pd
import pytest

import power1000_analysis as p1k
from power1000_analysis.loaders import addressbook, discover, read_export
from power1000_analysis.loaders._archive import FolderArchive, SingleFileArchive

BOOK = Path(__file__).resolve().parent / "fixtures" / "addressbook"


def _contacts(path: Path) -> pd.DataFrame:
    """The contacts of the one address book at ``path``, indexed by contact_key."""
    [found] = discover(path)
    assert found.platform == "addressbook"
    result = read_export(found)
    return result.contacts.set_index("contact_key")


@pytest.fixture(scope="module")
def vcards() -> pd.DataFrame:
    return _contacts(BOOK / "vcards")


def test_a_folder_of_vcards_is_one_book(vcards: pd.DataFrame) -> None:
    [found] = discover(BOOK / "vcards")
    assert found.detection.generation == "vcard"
    assert len(found.detection.files or ()) == 4
    assert len(vcards) == 7
    assert set(vcards["relation"]) == {"contact"}
    assert set(vcards["platform"]) == {"addressbook"}
    assert vcards["connected_at"].isna().all()


def test_vcard21_quoted_printable_with_charsets(vcards: pd.DataFrame) -> None:
    juergen = vcards.loc["email:juergen.mueller@example.de"]
    # QP soft line break inside FN, CHARSET=UTF-8
    assert juergen["name"] == "Jürgen Müller"
    assert juergen["company"] == "Bäckerei Müller"
    assert juergen["position"] == "Inhaber"
    assert juergen["phones"] == "+491715550101; 0305550199"
    # CHARSET=ISO-8859-2: =F1 is ń there (it would be ñ in cp1252)
    assert vcards.loc["email:piotr@example.pl", "name"] == "Piotr Iksiński"
    # 8-bit cp1252 bytes with CHARSET=windows-1252, no e-mail: keyed by name
    jane = vcards.loc["name:jane doë"]
    assert jane["name"] == "Jane Doë"
    assert pd.isna(jane["email"])
    assert jane["phones"] == "+442079460958"


def test_vcard30_apple_groups_folding_and_company_card(vcards: pd.DataFrame) -> None:
    zoe = vcards.loc["uid:4A1B2C3D-0000-4000-8000-000000000001"]
    assert zoe["name"] == "Zoë Brandt"
    assert zoe["email"] == "zoe.brandt@example.org"
    assert zoe["emails"] == "zoe.brandt@example.org; zoe@private.example"
    assert zoe["phones"] == "+49405550123"
    assert zoe["urls"] == "https://www.linkedin.com/in/zoe-brandt"
    assert zoe["position"].endswith("That Need Folding")
    company = vcards.loc["name:nordlicht gmbh"]
    assert company["name"] == "Nordlicht GmbH"
    assert company["company"] == "Nordlicht GmbH"


def test_vcard40_uid_tel_uri_and_title_over_role(vcards: pd.DataFrame) -> None:
    amara = vcards.loc["uid:urn:uuid:7f0c1e5a-3b7e-4d7a-9a53-0c6b1d2e3f40"]
    assert amara["name"] == "Amara Okafor"
    assert amara["email"] == "amara.okafor@example.com"
    assert amara["phones"] == "+2348035550147"
    assert amara["position"] == "Chief Scientist"
    assert amara["company"] == "Lagos Data Lab"


def test_utf16le_with_bom(vcards: pd.DataFrame) -> None:
    assert vcards.loc["email:lukasz@example.pl", "name"] == "Łukasz Żółć"
    assert vcards.loc["email:lukasz@example.pl", "phones"] == "+48600555014"


def test_no_replacement_characters(vcards: pd.DataFrame) -> None:
    text = vcards.reset_index().astype(str).to_string()
    assert "\ufffd" not in text


def test_google_csv_current_layout() -> None:
    contacts = _contacts(BOOK / "google" / "contacts-current.csv")
    [found] = discover(BOOK / "google" / "contacts-current.csv")
    assert found.detection.generation == "google-csv"
    assert len(contacts) == 3
    zoe = contacts.loc["email:zoe.brandt@example.org"]
    assert zoe["name"] == "Zoë Brandt"
    assert zoe["company"] == "Nordlicht GmbH"
    assert zoe["position"] == "Researcher"
    # " ::: " multi-values split, duplicates (case-insensitive) dropped
    assert zoe["emails"] == "zoe.brandt@example.org; zoe@private.example"
    assert zoe["phones"] == "+491715550101; +49405550123"
    assert contacts.loc["name:nordlicht gmbh", "name"] == "Nordlicht GmbH"
    assert contacts.loc["email:kenji.tanaka@example.jp", "name"] == "Dr. Kenji Tanaka"


def test_google_csv_legacy_layout() -> None:
    contacts = _contacts(BOOK / "google" / "contacts-legacy.csv")
    [found] = discover(BOOK / "google" / "contacts-legacy.csv")
    assert found.detection.generation == "google-csv-legacy"
    assert len(contacts) == 2  # the multi-line address does not split the row
    piotr = contacts.loc["email:piotr@example.pl"]
    assert piotr["name"] == "Piotr Iksiński"
    assert piotr["emails"] == "piotr@example.pl; p.iksinski@work.example; piotr.i@work.example"
    assert piotr["company"] == "Wawel Soft"
    assert piotr["position"] == "Developer"
    # empty Name column: the name is built from Given/Family Name
    assert contacts.loc["name:maria rossi", "phones"] == "065550199"


def test_outlook_csv_in_the_windows_code_page() -> None:
    path = BOOK / "outlook" / "outlook-contacts.csv"
    [found] = discover(path)
    assert found.detection.generation == "outlook-csv"
    result = read_export(found)
    contacts = result.contacts.set_index("contact_key")
    # three people; the empty row is dropped, not counted as a contact
    assert len(contacts) == 3
    juergen = contacts.loc["email:j.mueller@stadtwerke.example"]
    assert juergen["name"] == "Dr. Jürgen Müller"  # cp1252 bytes decoded, honorific kept
    assert juergen["company"] == "Stadtwerke Köln"
    assert juergen["position"] == "Ingenieur"
    # the Exchange-internal address is not an e-mail; the fax is not a phone
    assert juergen["emails"] == "j.mueller@stadtwerke.example"
    assert juergen["phones"] == "+492215550142; 01715550142"
    assert juergen["urls"] == "https://www.linkedin.com/in/juergen-mueller-42"
    amelie = contacts.loc["email:amelie.dubois@example.fr"]
    assert amelie["emails"] == "amelie.dubois@example.fr; amelie@perso.example"
    assert amelie["phones"] == "0145550123"
    # a company card without a person's name is named by its company
    assert contacts.loc["name:café zürich", "phones"] == "+41445550101"
    assert "\ufffd" not in result.contacts.astype(str).to_string()


def test_google_outlook_csv_header_order(tmp_path: Path) -> None:
    # Google Contacts' "Outlook CSV" choice: First Name first, Title after the names
    (tmp_path / "contacts.csv").write_text(
        "First Name,Middle Name,Last Name,Title,Suffix,Nickname,E-mail Address,"
        "E-mail 2 Address,Mobile Phone,Company,Job Title,Web Page\n"
        "Kenji,,Tanaka,,,,kenji@example.jp,,+81 90 5555 0101,,,\n"
        ",,,,,Bo,,,,,,\n",
        encoding="utf-8",
    )
    contacts = _contacts(tmp_path / "contacts.csv")
    assert contacts.loc["email:kenji@example.jp", "phones"] == "+819055550101"
    assert contacts.loc["name:bo", "name"] == "Bo"  # only a nickname: still a contact


# Localised Outlook headers: column names from Exchange's Outlook-CSV importer tables
# (see addressbook._OUTLOOK_LOCALISED); a real export writes every column, a few suffice here.
_GERMAN_OUTLOOK = (
    '"Anrede";"Vorname";"Weitere Vornamen";"Nachname";"Suffix";"Firma";"Abteilung";'
    '"Position";"Telefon geschäftlich";"Fax geschäftlich";"Telefon privat";"Mobiltelefon";'
    '"E-Mail-Adresse";"E-Mail-Typ";"E-Mail: Angezeigter Name";"E-Mail 2: Adresse";'
    '"Notizen";"Webseite"\r\n'
    '"Dr.";"Jürgen";"";"Müller";"";"Stadtwerke Köln";"IT";"Ingenieur";"+49 221 555-0142";'
    '"+49 221 555-0199";"";"0171 5550142";"j.mueller@stadtwerke.example";"SMTP";'
    '"Jürgen Müller (j.mueller@stadtwerke.example)";"juergen@privat.example";"";'
    '"https://www.example.de/jm"\r\n'
    '"";"";"";"";"";"Café Zürich";"";"";"";"";"+41 44 555 01 01";"";"";"";"";"";"";""\r\n'
)
_FRENCH_OUTLOOK = (
    "Prénom,Deuxième prénom,Nom,Suffixe,Société,Service,Titre,Téléphone (bureau),"
    "Télécopie (bureau),Tél. mobile,Adresse de messagerie,Adresse de messagerie 2,Page Web\r\n"
    "Amélie,,Dubois,,Ateliers Dubois,,Gérante,01 45 55 01 23,01 45 55 01 99,,"
    "amelie.dubois@example.fr,amelie@perso.example,\r\n"
)
_SPANISH_OUTLOOK = (
    "Title,Nombre,Segundo nombre,Apellidos,Suffix,Organización,Puesto,Teléfono del trabajo,"
    "Particular,Mobile Phone,E-mail Address,Dirección de correo electrónico 2\r\n"
    "Sr.,José,Luis,García,,Hierros SA,Director,+34 91 555 0101,,+34 600 555 010,"
    "jose.garcia@example.es,\r\n"
)


def test_german_outlook_csv_in_the_windows_code_page(tmp_path: Path) -> None:
    path = tmp_path / "Kontakte.csv"
    path.write_bytes(_GERMAN_OUTLOOK.encode("cp1252"))  # German Outlook: cp1252, ";"
    [found] = discover(path)
    assert found.detection.generation == "outlook-csv"
    contacts = _contacts(path)
    assert len(contacts) == 2
    juergen = contacts.loc["email:j.mueller@stadtwerke.example"]
    assert juergen["name"] == "Dr. Jürgen Müller"  # Anrede, Vorname, Nachname
    assert juergen["company"] == "Stadtwerke Köln" and juergen["position"] == "Ingenieur"
    assert juergen["emails"] == "j.mueller@stadtwerke.example; juergen@privat.example"
    assert juergen["phones"] == "+492215550142; 01715550142"  # the fax is not a phone
    assert juergen["urls"] == "https://www.example.de/jm"
    assert contacts.loc["name:café zürich", "phones"] == "+41445550101"


def test_french_and_spanish_outlook_csv(tmp_path: Path) -> None:
    (tmp_path / "fr").mkdir()
    (tmp_path / "fr" / "contacts.csv").write_text(_FRENCH_OUTLOOK, encoding="utf-8")
    amelie = _contacts(tmp_path / "fr" / "contacts.csv").loc["email:amelie.dubois@example.fr"]
    assert amelie["name"] == "Amélie Dubois"
    assert amelie["company"] == "Ateliers Dubois" and amelie["position"] == "Gérante"
    assert amelie["emails"] == "amelie.dubois@example.fr; amelie@perso.example"
    assert amelie["phones"] == "0145550123"
    (tmp_path / "es").mkdir()
    (tmp_path / "es" / "contactos.csv").write_text(_SPANISH_OUTLOOK, encoding="utf-8")
    jose = _contacts(tmp_path / "es" / "contactos.csv").loc["email:jose.garcia@example.es"]
    assert jose["name"] == "Sr. José Luis García"
    assert jose["company"] == "Hierros SA" and jose["position"] == "Director"
    assert jose["phones"] == "+34915550101; +34600555010"


# A Spanish Outlook export as one was written (the column list of a public SQL Server table
# imported from one, see addressbook._OUTLOOK_LOCALISED): "Dirección de correo
# electrónico", "Teléfono movil", not Exchange's "E-mail Address"/"Mobile Phone".
_SPANISH_OUTLOOK_REAL = (
    "Title;Nombre;Segundo nombre;Apellidos;Organización;Puesto;Teléfono del trabajo;"
    "Teléfono del trabajo 2;Particular;Teléfono movil;Otro teléfono;Categorías;"
    "Dirección de correo electrónico;Dirección de correo electrónico 2;"
    "Dirección del correo electrónico 3;Notas;Página web\r\n"
    "Sra.;María;;López Ruiz;Aceros SL;Gerente;+34 91 555 0102;;;+34 611 555 020;;;"
    "maria.lopez@example.es;;maria@casa.example;;\r\n"
)


def test_real_spanish_outlook_csv_header(tmp_path: Path) -> None:
    path = tmp_path / "contactos.csv"
    path.write_bytes(_SPANISH_OUTLOOK_REAL.encode("cp1252"))
    [found] = discover(path)
    assert found.detection.generation == "outlook-csv"
    maria = _contacts(path).loc["email:maria.lopez@example.es"]
    assert maria["name"] == "Sra. María López Ruiz"
    assert maria["company"] == "Aceros SL" and maria["position"] == "Gerente"
    assert maria["emails"] == "maria.lopez@example.es; maria@casa.example"
    assert maria["phones"] == "+34915550102; +34611555020"  # the mobile, "Teléfono movil"
    accented = _SPANISH_OUTLOOK_REAL.replace("Teléfono movil", "Teléfono móvil")
    path.write_bytes(accented.encode("cp1252"))
    assert _contacts(path).loc["email:maria.lopez@example.es", "phones"] == (
        "+34915550102; +34611555020"
    )


def test_utf8_outlook_csv_longer_than_the_detection_head(tmp_path: Path) -> None:
    """Detection reads the first 64 KiB: a file whose byte 65,536 falls inside a two-byte
    UTF-8 character is still UTF-8 (its header not read as Windows-1252 mojibake)."""
    header = "Prénom,Deuxième prénom,Nom,Société,Adresse de messagerie\r\n"
    row = "Élodie,,Bérénice,Société Générale,e{}@example.fr\r\n"
    for pad in range(8):
        data = (header + "Ann" + "a" * pad + ",,Lee,,ann@example.fr\r\n").encode()
        data += "".join(row.format(i) for i in range(1500)).encode()
        try:
            data[: 64 * 1024].decode("utf-8")
        except UnicodeDecodeError:
            break
    else:
        pytest.fail("no padding cuts a character at 64 KiB")
    path = tmp_path / "contacts.csv"
    path.write_bytes(data)
    [found] = discover(path)
    assert found.detection.generation == "outlook-csv"
    contacts = _contacts(path)
    assert len(contacts) == 1501
    assert contacts.loc["email:e7@example.fr", "name"] == "Élodie Bérénice"


def test_unknown_language_csv_is_not_claimed_as_outlook(tmp_path: Path) -> None:
    # an Italian header (not in the table) with one German column is not guessed at
    (tmp_path / "rubrica.csv").write_text(
        "Nome,Cognome,Indirizzo posta elettronica,Vorname\nAnna,Rossi,anna@example.it,\n",
        encoding="utf-8",
    )
    assert addressbook.detect(FolderArchive(tmp_path)) == []


def test_zip_equals_folder(tmp_path: Path) -> None:
    archive = tmp_path / "addressbook.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted(BOOK.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(BOOK).as_posix())
    columns = [
        "platform",
        "contact_key",
        "name",
        "email",
        "company",
        "position",
        "emails",
        "phones",
    ]
    from_zip = p1k.load(archive).contacts[columns]
    from_folder = p1k.load(BOOK).contacts[columns]
    pd.testing.assert_frame_equal(from_zip, from_folder)
    assert len(from_folder) == 13


def test_google_takeout_label_folders_are_one_book_and_repeats_merge(tmp_path: Path) -> None:
    card = (BOOK / "vcards" / "v40.vcf").read_bytes()
    for label in ("My Contacts", "All Contacts"):
        folder = tmp_path / "Takeout" / "Contacts" / label
        folder.mkdir(parents=True)
        (folder / f"{label}.vcf").write_bytes(card)
    [found] = discover(tmp_path / "Takeout")
    result = read_export(found)
    assert len(result.contacts) == 1
    assert "merged" in " ".join(result.problems["message"])


def test_same_name_different_people_get_distinct_keys(tmp_path: Path) -> None:
    one = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:John Smith\r\nTEL:+1 555 0100\r\nEND:VCARD\r\n"
    two = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:John  SMITH\r\nTEL:+1 555 0199\r\nEND:VCARD\r\n"
    (tmp_path / "book.vcf").write_text(one + two, encoding="utf-8")
    contacts = _contacts(tmp_path)
    assert list(contacts.index) == ["name:john smith", "name:john smith#2"]
    assert list(contacts["phones"]) == ["+15550100", "+15550199"]


def test_qp_without_charset_and_utf16be_without_bom(tmp_path: Path) -> None:
    # thebat.vcf shape: QP byte =F1 with no CHARSET, vobject alone raises UnicodeDecodeError
    (tmp_path / "qp.vcf").write_bytes(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;ENCODING=QUOTED-PRINTABLE:Piotr Iksi=F1ski\r\n"
        b"END:VCARD\r\n"
    )
    (tmp_path / "be.vcf").write_bytes(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ǽgean ĽdaMonté\r\nEND:VCARD\r\n".encode("utf-16-be")
    )
    contacts = _contacts(tmp_path)
    assert set(contacts["name"]) == {"Piotr Iksiñski", "Ǽgean ĽdaMonté"}


def test_broken_card_does_not_crash(tmp_path: Path) -> None:
    (tmp_path / "bad.vcf").write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ok Person\r\nBDAY;VALUE=date:\xff\xfe\x00garbage\r\n"
        b"this line has no colon\r\nEMAIL:ok@example.org\r\nEND:VCARD\r\n"
    )
    result = read_export(discover(tmp_path)[0])
    assert list(result.contacts["name"]) == ["Ok Person"]
    assert list(result.contacts["email"]) == ["ok@example.org"]
    assert "\ufffd" not in result.contacts.astype(str).to_string()


def test_detection_ignores_other_csvs(tmp_path: Path) -> None:
    (tmp_path / "Connections.csv").write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Ann,Lee,https://www.linkedin.com/in/ann,,ACME,CEO,01 Jan 2020\n",
        encoding="utf-8",
    )
    (tmp_path / "notes.vcf").write_text("not a vcard\n", encoding="utf-8")
    assert addressbook.detect(FolderArchive(tmp_path)) == []


def test_normalise_phone() -> None:
    assert addressbook.normalise_phone("+49 (171) 555-0101") == "+491715550101"
    assert addressbook.normalise_phone("0049 171 5550101") == "+491715550101"
    assert addressbook.normalise_phone("0171 5550101") == "01715550101"
    assert addressbook.normalise_phone("tel:+1-555-555-0199;ext=12") == "+15555550199"
    assert addressbook.normalise_phone("pager") is None


def test_single_file_archive(tmp_path: Path) -> None:
    target = tmp_path / "v40.vcf"
    shutil.copy(BOOK / "vcards" / "v40.vcf", target)
    [detection] = addressbook.detect(SingleFileArchive(target))
    assert detection.files == ("v40.vcf",)


def test_real_vcard_fixtures(real_fixtures: Path) -> None:
    contacts = p1k.load(real_fixtures / "vcard" / "roundcube").contacts
    assert len(contacts) == 6
    names = set(contacts["name"])
    assert {"John Doë", "Ǽgean ĽdaMonté", "Apple Computer AG", "Aleksander Machniak"} <= names
    assert names & {"Piotr Iksiñski", "Piotr Iksiński"}
    john = contacts.set_index("name").loc["John Doë"]
    assert john["emails"] == "inbox@roundcube.net; roundcube@gmail.com"
    assert john["phones"] == "+123456789; +987654321"
    assert john["company"] == "roundcube.net"
    apple = contacts.set_index("name").loc["Apple Computer AG"]
    assert apple["contact_key"] == "uid:2E4CB084-4767-4C85-BBCA-805B1DCB1C8E:ABPerson"
    assert "\ufffd" not in contacts.astype(str).to_string()


def test_real_google_csv_fixture(real_fixtures: Path) -> None:
    contacts = p1k.load(real_fixtures / "google_contacts" / "roundcube").contacts
    assert len(contacts) == 1
    row = contacts.iloc[0]
    assert row["name"] == "Prefix Firstname Middle Lastname Suffix"
    assert row["email"] == "home@aaa.pl"
    assert row["emails"] == "home@aaa.pl; work@email.pl; unknown@email.com; other@email.com"
    assert row["company"] == "company"
    assert row["position"] == "jobtitle"
