"""Name banks for the synthetic persona: several cultures, accents, non-Latin scripts, emoji.

Each culture gives given names, family names and an optional nickname table; ``NAME_ORDER``
says whether the family name comes first (as in Chinese, Japanese, Vietnamese and Hungarian
display names). The hand-typed banks are the heads of each culture's distribution; a long
tail of rare names (stem + ending, ``_TAILS``) follows them, and ``rank_weights`` with
``TOP_SHARE`` gives each rank its share, so that common names are really common (Nguyễn,
García, Silva) and most full names are rare, as in a real network. Namesakes (different
people, one name) therefore arise by chance about as often as in life and are also planted
on purpose by the generator (``PersonaParams.namesake_share``); a planted namesake copies a
known name with probability proportional to the name's frequency (culture share × the
given- and family-name ``rank_weights``; ``PersonaParams.namesake_by_frequency``), so
"María García" gets namesakes and a rare tail name almost never, as in life.

Example
-------
>>> len(CULTURES) >= 10
True
>>> ascii_fold("Zoë Brandt-Łukasik")
'Zoe Brandt-Lukasik'
"""

from __future__ import annotations

import unicodedata

import numpy as np

__all__ = [
    "CULTURES",
    "EMOJI",
    "NICKNAMES",
    "PHRASES",
    "TOP_SHARE",
    "ascii_fold",
    "rank_weights",
]

# fmt: off
#: culture → (given names, family names, family-name-first display order): the hand-typed
#: heads of each culture's name distribution (common and tricky names); ``CULTURES`` adds
#: the long tails built from ``_TAILS``.
_HEADS: dict[str, tuple[tuple[str, ...], tuple[str, ...], bool]] = {
    "english": (
        (
         "James", "Robert", "William", "Elizabeth", "Margaret", "Katherine", "Thomas",
         "Jennifer", "Michael", "Sarah", "Christopher", "Jessica", "Daniel", "Emily", "Matthew",
         "Rebecca", "Alexander", "Victoria", "Benjamin", "Samantha", "Andrew", "Charlotte",
         "John", "Mary", "David", "Susan", "Richard", "Karen", "Joseph", "Lisa", "Charles",
         "Nancy", "Mark", "Betty", "Paul", "Sandra", "Steven", "Ashley", "Kevin", "Donna",
         "Brian", "Carol", "George", "Amanda", "Edward", "Melissa", "Ronald", "Deborah",
         "Timothy", "Stephanie", "Jason", "Laura", "Jeffrey", "Helen", "Ryan", "Anna", "Jacob",
         "Nicole", "Gary", "Emma", "Nicholas", "Olivia", "Eric", "Hannah", "Jonathan", "Grace",
         "Stephen", "Chloe", "Larry", "Lucy", "Justin", "Amelia", "Scott", "Sophie", "Brandon",
         "Isabel", "Frank", "Ruth", "Gregory", "Alice", "Raymond", "Julia", "Patrick", "Megan",
         "Jack", "Rachel", "Dennis", "Abigail", "Jerry", "Harriet", "Tyler", "Eleanor", "Aaron",
         "Georgia", "Henry", "Phoebe", "Adam", "Imogen", "Nathan", "Freya", "Oliver", "Molly",
         "Harry", "Ella", "Oscar", "Poppy", "Liam", "Zara", "Noah", "Evie",
        ),
        (
         "Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Walker", "Wright",
         "Robinson", "Thompson", "Hughes", "Edwards", "Green", "Hall", "Wood", "Harris",
         "Clarke", "O'Connor", "Jackson-Reed", "Roberts", "Lewis", "Young", "King", "Lee",
         "Scott", "Turner", "Hill", "Moore", "White", "Martin", "Cooper", "Ward", "Morris",
         "Baker", "Harrison", "Carter", "Phillips", "Mitchell", "Parker", "Bennett", "Cook",
         "Bailey", "Richardson", "Cox", "Howard", "Marshall", "Collins", "Stevens", "Price",
         "Russell", "Murphy", "Bell", "Kelly", "Griffiths", "Adams", "Allen", "Mason", "Watson",
         "Ellis", "Shaw", "Lloyd", "Palmer", "Webb", "Fisher", "Gray", "Rogers", "Hunt",
         "Mills", "Holmes", "Ross", "Knight", "Butler", "Barnes", "Chapman", "Dixon", "Hunter",
         "Fletcher", "Reid", "Lawrence", "Spencer", "Pearson", "Gibson", "Ford", "Grant",
         "Stewart", "Burton", "Kennedy", "Dawson", "Wells", "Hayes", "Porter", "Jenkins", "Fox",
         "Francis", "Lane", "Sutton", "Payne", "Hart", "Rose", "Barker", "Pearce", "Atkinson",
         "Wallace", "Gardner", "Harvey", "Lawson", "Newman", "Bishop", "Nash", "Thornton",
         "Sinclair", "Whitfield", "Ashworth", "Pemberton", "Cartwright", "Fairbanks",
         "Holloway", "Lockwood", "Winslow", "Hargreaves", "Blackwood", "Kingsley", "Ainsworth",
         "Fenwick", "Quigley",
        ),
        False,
    ),
    "german": (
        (
         "Jürgen", "Günther", "Anja", "Lukas", "Jörg", "Sören", "Käthe", "Matthias",
         "Franziska", "Felix", "Lena", "Maximilian", "Jonas", "Sophie", "Björn", "Ulrike",
         "Andreas", "Stefan", "Thomas", "Michael", "Sabine", "Petra", "Claudia", "Monika",
         "Klaus", "Wolfgang", "Uwe", "Dieter", "Heike", "Birgit", "Karin", "Susanne", "Tobias",
         "Florian", "Sebastian", "Jan", "Tim", "Niklas", "Leonie", "Hannah", "Laura", "Julia",
         "Katrin", "Nadine", "Markus", "Ralf", "Holger", "Dirk", "Gudrun", "Hildegard",
         "Ottmar", "Rüdiger", "Bärbel", "Götz", "Malte", "Wiebke", "Hauke", "Frauke", "Torsten",
         "Henrik", "Anke", "Marlene", "Emil", "Paula",
        ),
        (
         "Müller", "Schröder", "Groß", "Weiß", "Schäfer", "Köhler", "Böhm", "Krüger", "Becker",
         "Hoffmann", "Fuchs", "Zimmermann", "Wagner", "Braun", "Vogel", "Lößner", "Schmidt",
         "Schneider", "Fischer", "Meyer", "Weber", "Schulz", "Koch", "Richter", "Klein", "Wolf",
         "Neumann", "Schwarz", "Krause", "Hofmann", "Hartmann", "Lange", "Werner", "Lehmann",
         "Schmitz", "Krämer", "Walter", "Peters", "König", "Kaiser", "Huber", "Herrmann",
         "Mayer", "Möller", "Jung", "Hahn", "Keller", "Schubert", "Frank", "Berger", "Winkler",
         "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht", "Ludwig", "Böttcher",
         "Heinrich", "Brandt", "Kühn", "Pohl", "Engel", "Horn", "Busch", "Bergmann", "Thiele",
         "Voigt", "Sauer", "Arnold", "Seidel", "Kuhn", "Ziegler", "Dietrich", "Haas",
         "Eckhardt", "Oberdörfer", "Rautenberg", "Grünewald", "Tiedemann", "Quandt", "Wichmann",
         "Pfeiffer", "Brückner",
        ),
        False,
    ),
    "french": (
        (
         "Zoë", "Hélène", "François", "Céline", "Jérôme", "Anaïs", "Théo", "Maëlle", "Gaël",
         "Amélie", "Noémie", "Loïc", "Chloé", "Étienne", "Benoît", "Irène", "Marie", "Jean",
         "Pierre", "Michel", "Philippe", "Nathalie", "Isabelle", "Sylvie", "Catherine",
         "Nicolas", "Julien", "Sébastien", "Camille", "Manon", "Léa", "Inès", "Mathilde",
         "Clément", "Antoine", "Baptiste", "Hugo", "Lucas", "Louis", "Arthur", "Juliette",
         "Margaux", "Pauline", "Aurélien", "Grégoire", "Solène", "Océane", "Thibault", "Romain",
         "Mélanie", "Estelle", "Frédéric", "Agnès", "Gaëlle", "Hervé", "Yannick", "Brigitte",
         "Régis", "Ghislaine", "Benoîte", "Léon", "Adèle", "Capucine", "Timothée",
        ),
        (
         "Lefèvre", "Dupré", "Moreau", "Girard", "Bérard", "Lemaître", "Rousseau", "Fontaine",
         "Chevalier", "Boucher", "Garnier", "Mercier", "Faure", "Brébion", "Martin", "Bernard",
         "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Laurent", "Simon",
         "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier",
         "Bonnet", "Lambert", "Vincent", "Muller", "Legrand", "Blanc", "Guerin", "Boyer",
         "Gauthier", "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel",
         "Mathieu", "Masson", "Marchand", "Duval", "Denis", "Lemoine", "Picard", "Meunier",
         "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Barbier", "Arnaud",
         "Renard", "Schmitt", "Roy", "Leclerc", "Colin", "Vidal", "Caron", "Aubert", "Fabre",
         "Dumont", "Besnard", "Delacroix", "Vasseur", "Quéré", "Pottier", "Lacoste",
        ),
        False,
    ),
    "spanish": (
        (
         "María", "José", "Sofía", "Andrés", "Lucía", "Martín", "Íñigo", "Begoña", "Tomás",
         "Inés", "Joaquín", "Mónica", "Raúl", "Águeda", "Germán", "Ramón", "Carmen", "Antonio",
         "Manuel", "Francisco", "David", "Juan", "Javier", "Daniel", "Carlos", "Jesús",
         "Alejandro", "Miguel", "Rafael", "Pablo", "Sergio", "Fernando", "Jorge", "Luis",
         "Alberto", "Álvaro", "Adrián", "Diego", "Rubén", "Paula", "Laura", "Marta", "Elena",
         "Cristina", "Pilar", "Isabel", "Rosa", "Ana", "Nuria", "Irene", "Alba", "Julia",
         "Claudia", "Noelia", "Rocío", "Ainhoa", "Itziar", "Montserrat", "Remedios", "Eulalia",
         "Fermín", "Baltasar", "Gonzalo", "Leire", "Amaia", "Xabier",
        ),
        (
         "García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez",
         "Pérez", "Gómez", "Muñoz", "Jiménez", "Núñez", "Ibáñez", "Peña", "Díaz", "Moreno",
         "Álvarez", "Romero", "Alonso", "Gutiérrez", "Navarro", "Torres", "Domínguez",
         "Vázquez", "Ramos", "Gil", "Ramírez", "Serrano", "Blanco", "Molina", "Morales",
         "Suárez", "Ortega", "Delgado", "Castro", "Ortiz", "Rubio", "Marín", "Sanz", "Iglesias",
         "Medina", "Garrido", "Cortés", "Castillo", "Santos", "Lozano", "Guerrero", "Cano",
         "Prieto", "Méndez", "Cruz", "Calvo", "Gallego", "Vidal", "León", "Márquez", "Herrera",
         "Flores", "Cabrera", "Campos", "Vega", "Fuentes", "Carrasco", "Diez", "Reyes",
         "Caballero", "Nieto", "Aguilar", "Pascual", "Santana", "Herrero", "Hidalgo", "Montero",
         "Lorenzo", "Echeverría", "Urquijo", "Zubizarreta", "Goikoetxea", "Arrieta",
        ),
        False,
    ),
    "hungarian": (
        (
         "Tőke", "Jenő", "Dénes", "Ildikó", "Zsófia", "Gergő", "Csaba", "Réka", "Ákos", "Júlia",
         "Bálint", "Enikő", "Lőrinc", "Orsolya", "László", "István", "József", "János",
         "Zoltán", "Sándor", "Gábor", "Ferenc", "Attila", "Péter", "Mária", "Erzsébet",
         "Katalin", "Ilona", "Éva", "Anna", "Zsuzsanna", "Margit", "Judit", "Ágnes", "Andrea",
         "Krisztina", "Eszter", "Nóra", "Boglárka", "Levente", "Dominik", "Botond",
        ),
        (
         "Hal", "Rejtő", "Kovács", "Szabó", "Tóth", "Nagy", "Horváth", "Kiss", "Mészáros",
         "Fehér", "Szűcs", "Bíró", "Fülöp", "Gál", "Varga", "Molnár", "Németh", "Farkas",
         "Balogh", "Papp", "Takács", "Juhász", "Lakatos", "Oláh", "Simon", "Rácz", "Fekete",
         "Szilágyi", "Török", "Fodor", "Pintér", "Vincze", "Sipos", "Hegedűs", "Kozma",
         "Lengyel", "Somogyi", "Bálint", "Veres", "Boros", "Csonka", "Pásztor", "Vörös", "Antal",
        ),
        True,
    ),
    "polish": (
        (
         "Łukasz", "Małgorzata", "Paweł", "Agnieszka", "Wojciech", "Żaneta", "Grzegorz",
         "Katarzyna", "Michał", "Joanna", "Bartłomiej", "Zuzanna", "Anna", "Maria", "Krzysztof",
         "Piotr", "Andrzej", "Tomasz", "Jan", "Marcin", "Ewa", "Krystyna", "Barbara",
         "Magdalena", "Monika", "Dorota", "Jakub", "Mateusz", "Adam", "Kamil", "Natalia",
         "Aleksandra", "Karolina", "Weronika", "Oliwia", "Dawid", "Szymon", "Filip",
         "Stanisław", "Jadwiga", "Halina", "Bożena", "Sławomir", "Zdzisław", "Jerzy", "Wiesława",
        ),
        (
         "Nowak", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zieliński", "Szymańska",
         "Woźniak", "Dąbrowski", "Kozłowska", "Jankowski", "Mazur", "Kowalski", "Wiśniewska",
         "Kowalczyk", "Kamiński", "Zielińska", "Szymański", "Dąbrowska", "Kozłowski",
         "Jankowska", "Wojciechowski", "Kwiatkowska", "Krawczyk", "Kaczmarek", "Piotrowski",
         "Grabowska", "Pawłowski", "Michalska", "Król", "Wieczorek", "Jabłoński", "Wróbel",
         "Nowakowska", "Majewski", "Olszewska", "Stępień", "Malinowski", "Jaworska", "Adamczyk",
         "Dudek", "Nowicki", "Pawlak", "Górski", "Witkowska", "Walczak", "Sikora", "Baran",
         "Rutkowski", "Michalak", "Szewczyk", "Ostrowski", "Tomaszewska", "Pietrzak",
         "Zalewski", "Wróblewska", "Chmielewski", "Brzęczyszczykiewicz",
        ),
        False,
    ),
    "nordic": (
        (
         "Søren", "Åsa", "Bjørn", "Ingrid", "Håkon", "Sigrid", "Ørjan", "Liv", "Magnus",
         "Astrid", "Kjetil", "Freja", "Erik", "Lars", "Anders", "Per", "Nils", "Karin", "Anna",
         "Eva", "Maria", "Kristina", "Johan", "Gustav", "Oskar", "Elsa", "Maja", "Ebba",
         "Wilma", "Hugo", "Axel", "Ida", "Linnea", "Tove", "Rasmus", "Mikkel", "Frederik",
         "Mette", "Ane", "Sindre", "Eirik", "Torunn", "Solveig", "Ragnhild", "Jørgen", "Ægir",
        ),
        (
         "Løye", "Ødegård", "Johansson", "Åberg", "Nyström", "Lindqvist", "Hænsel", "Berg",
         "Sørensen", "Dahl", "Holmström", "Kvåle", "Andersson", "Karlsson", "Nilsson",
         "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson",
         "Jonsson", "Jansen", "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen",
         "Nielsen", "Kristiansen", "Jensen", "Karlsen", "Haugen", "Bakken", "Strand", "Lund",
         "Solberg", "Eide", "Moen", "Hagen", "Nordmann", "Sæther", "Bjørklund", "Lindgren",
         "Engström", "Wallin", "Sundberg", "Forsberg", "Sjöberg", "Hedlund",
        ),
        False,
    ),
    "turkish": (
        (
         "Ayşe", "Mehmet", "Şule", "Çağlar", "Gökhan", "Özlem", "İlker", "Elif", "Burak",
         "Gülşen", "Emre", "Derya", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim",
         "İsmail", "Osman", "Yusuf", "Murat", "Ömer", "Ramazan", "Halil", "Süleyman",
         "Abdullah", "Mahmut", "Fatma", "Emine", "Hatice", "Zeynep", "Meryem", "Şerife",
         "Sultan", "Zehra", "Hanife", "Merve", "Büşra", "Esra", "Kübra", "Can", "Deniz", "Ece",
         "Selin", "Onur", "Cem", "Tolga", "Serkan",
        ),
        (
         "Yılmaz", "Şahin", "Öztürk", "Çelik", "Doğan", "Aydın", "Kılıç", "Arslan", "Güneş",
         "Korkmaz", "Erdoğan", "Çetin", "Demir", "Kaya", "Yıldız", "Yıldırım", "Özdemir",
         "Aktaş", "Polat", "Özkan", "Kara", "Koç", "Kurt", "Özcan", "Şimşek", "Aksoy", "Bulut",
         "Tekin", "Ünal", "Turan", "Kaplan", "Acar", "Işık", "Altun", "Ekinci", "Karataş",
         "Bozkurt", "Uçar", "Sarı", "Kocabaş", "Güler", "Avcı",
        ),
        False,
    ),
    "vietnamese": (
        (
         "Thị Hương", "Văn Đức", "Ngọc Ánh", "Minh Tuấn", "Thu Trang", "Quốc Bảo", "Hồng Nhung",
         "Đình Phúc", "Bích Ngọc", "Thanh Hải", "Văn Nam", "Thị Lan", "Minh Châu", "Hoàng Long",
         "Thanh Tâm", "Quang Huy", "Mai Anh", "Phương Linh", "Đức Anh", "Khánh Vy", "Tuấn Kiệt",
         "Gia Bảo", "Hải Yến", "Quỳnh Như", "Trung Kiên", "Thảo Nguyên",
        ),
        (
         "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Huỳnh", "Phan",
         "Võ", "Dương", "Lý", "Ngô", "Hồ", "Đoàn", "Trương", "Đinh", "Lâm", "Mai", "Tô",
         "Trịnh", "Cao", "Lương",
        ),
        True,
    ),
    "chinese": (
        (
         "伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "杰", "娟", "涛", "秀英", "丽", "强", "军", "平",
         "刚", "桂英", "建华", "晓明", "子涵", "浩然", "欣怡", "宇轩", "梓萱", "俊杰", "雨涵",
        ),
        (
         "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何",
         "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许",
        ),
        True,
    ),
    "japanese": (
        (
         "さくら", "健太", "陽菜", "翔", "美咲", "大輔", "結衣", "拓海", "愛", "蓮", "翔太", "陽翔", "悠真", "湊", "大和",
         "葵", "凛", "芽依", "花子", "太郎", "誠", "直樹", "由美", "恵子", "裕子", "和也",
        ),
        (
         "佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口",
         "松本", "井上", "木村", "林", "斎藤", "清水", "山崎", "森", "池田", "橋本", "阿部", "石川",
        ),
        True,
    ),
    "russian": (
        (
         "Алексей", "Наталья", "Дмитрий", "Ольга", "Сергей", "Екатерина", "Иван", "Анастасия",
         "Михаил", "Татьяна", "Андрей", "Елена", "Владимир", "Мария", "Николай", "Юлия",
         "Павел", "Ирина", "Артём", "Светлана", "Максим", "Дарья", "Роман", "Ксения", "Евгений",
         "Марина", "Игорь", "Людмила",
        ),
        (
         "Иванов", "Смирнова", "Кузнецов", "Попова", "Соколов", "Лебедева", "Козлов",
         "Новикова", "Морозов", "Волкова", "Васильев", "Петрова", "Павлов", "Семёнова",
         "Голубев", "Виноградова", "Богданов", "Воробьёва", "Фёдоров", "Михайлова", "Беляев",
         "Тарасова", "Белов", "Комарова", "Орлов", "Киселёва", "Макаров", "Андреева",
        ),
        False,
    ),
    "greek": (
        (
         "Γιώργος", "Μαρία", "Νίκος", "Ελένη", "Δημήτρης", "Σοφία", "Κώστας", "Αικατερίνη",
         "Γιάννης", "Ιωάννα", "Παναγιώτης", "Βασιλική", "Χρήστος", "Αναστασία", "Θανάσης",
         "Δέσποινα", "Σπύρος", "Ευαγγελία",
        ),
        (
         "Παπαδόπουλος", "Οικονόμου", "Γεωργίου", "Νικολάου", "Αντωνίου", "Μακρή", "Βλάχου",
         "Παπαδάκης", "Αλεξίου", "Ιωάννου", "Χριστοδούλου", "Καραγιάννης", "Πετρίδης",
         "Ζαχαρίου", "Σταματόπουλος", "Κωνσταντίνου", "Λαμπράκη",
        ),
        False,
    ),
    "arabic": (
        (
         "محمد", "فاطمة", "أحمد", "مريم", "علي", "ليلى", "يوسف", "نور", "خالد", "سارة", "عمر",
         "حسن", "زينب", "عائشة", "إبراهيم", "رنا", "طارق", "هدى", "سامي", "ياسمين",
        ),
        (
         "الحسن", "العلي", "منصور", "حداد", "الخطيب", "سليمان", "النجار", "عيسى", "الأحمد",
         "المصري", "الشامي", "القاسم", "الزين", "الراشد", "البكري", "التميمي", "العمري",
         "الخوري",
        ),
        False,
    ),
    "indian": (
        (
         "Aarav", "Priya", "राहुल", "अनन्या", "Vikram", "Lakshmi", "Arjun", "Deepika", "Rohan",
         "Kavya", "Sanjay", "Meera", "Amit", "Neha", "Rajesh", "Pooja", "Suresh", "Anjali",
         "Karan", "Divya", "Manish", "Sneha", "Nikhil", "Shreya", "Aditya", "Ishita", "Varun",
         "Riya", "Harish", "Swati", "Gaurav", "Tanvi", "Akash", "Nandini",
        ),
        (
         "Sharma", "Patel", "Iyer", "शर्मा", "Reddy", "Gupta", "Nair", "Chatterjee", "Menon",
         "Agarwal", "Singh", "Kumar", "Joshi", "Mehta", "Desai", "Kapoor", "Malhotra", "Bose",
         "Das", "Pillai", "Rao", "Verma", "Mishra", "Pandey", "Saxena", "Banerjee", "Mukherjee",
         "Kulkarni", "Bhat", "Shetty", "Krishnan", "Subramanian",
        ),
        False,
    ),
    "portuguese": (
        (
         "João", "Conceição", "Gonçalo", "Inês", "Sebastião", "Leonor", "Tânia", "Vitória",
         "Simão", "Luís", "Ana", "Maria", "Pedro", "Rui", "Miguel", "Tiago", "Duarte", "Rita",
         "Beatriz", "Mariana", "Catarina", "Francisca", "Afonso", "Rodrigo", "Martim",
         "Bernardo", "Carolina", "Matilde", "Joana", "Filipa",
        ),
        (
         "Gonçalves", "Magalhães", "Simões", "Araújo", "Conceição", "Brandão", "Guimarães",
         "Lourenço", "Galvão", "Assunção", "Silva", "Santos", "Ferreira", "Pereira", "Oliveira",
         "Costa", "Rodrigues", "Martins", "Jesus", "Sousa", "Fernandes", "Lopes", "Marques",
         "Alves", "Almeida", "Ribeiro", "Pinto", "Carvalho", "Teixeira", "Moreira", "Correia",
         "Mendes", "Nunes", "Soares", "Vieira", "Monteiro", "Cardoso", "Rocha", "Raposo",
         "Neves",
        ),
        False,
    ),
}

#: formal given name → nicknames people use on informal platforms.
NICKNAMES: dict[str, tuple[str, ...]] = {
    "James": ("Jim", "Jamie"), "Robert": ("Bob", "Rob", "Bobby"), "William": ("Bill", "Will"),
    "Elizabeth": ("Liz", "Beth", "Lizzie"), "Margaret": ("Maggie", "Peggy"),
    "Katherine": ("Kate", "Kathy"), "Thomas": ("Tom", "Tommy"), "Jennifer": ("Jen", "Jenny"),
    "Michael": ("Mike", "Mikey"), "Christopher": ("Chris",), "Daniel": ("Dan", "Danny"),
    "Matthew": ("Matt",), "Rebecca": ("Becky", "Becca"), "Alexander": ("Alex", "Sasha"),
    "Victoria": ("Vicky", "Tori"), "Benjamin": ("Ben",), "Samantha": ("Sam",),
    "Andrew": ("Andy", "Drew"), "Charlotte": ("Charlie", "Lottie"), "Maximilian": ("Max",),
    "Franziska": ("Franzi",), "Matthias": ("Matze",), "José": ("Pepe",), "María": ("Mari",),
    "Joaquín": ("Quino",), "Małgorzata": ("Gosia",), "Katarzyna": ("Kasia",),
    "Grzegorz": ("Grzesiek",), "Алексей": ("Лёша",), "Наталья": ("Наташа",),
    "Дмитрий": ("Дима",), "Екатерина": ("Катя",), "Γιώργος": ("Γιωργάκης",),
    "Bartłomiej": ("Bartek",), "Magnus": ("Mange",), "Gonçalo": ("Gonça",),
}

#: culture → (share of the commonest given name, share of the commonest family name) among
#: people of that culture, roughly as in national name statistics (Smith ~1 % of English
#: speakers, García ~3 % of Spaniards, Nguyễn ~38 % of Vietnamese, Wang ~7 % of Chinese,
#: Silva ~9 % of Portuguese); ``rank_weights`` fits a Zipf–Mandelbrot law to it.
TOP_SHARE: dict[str, tuple[float, float]] = {
    "english": (0.02, 0.01), "german": (0.015, 0.01), "french": (0.015, 0.005),
    "spanish": (0.03, 0.03), "hungarian": (0.03, 0.025), "polish": (0.02, 0.006),
    "nordic": (0.02, 0.02), "turkish": (0.03, 0.04), "vietnamese": (0.01, 0.38),
    "chinese": (0.006, 0.07), "japanese": (0.005, 0.015), "russian": (0.03, 0.01),
    "greek": (0.05, 0.006), "arabic": (0.06, 0.01), "indian": (0.012, 0.04),
    "portuguese": (0.04, 0.09),
}

#: Long tails: culture → (given (stems, endings), family (stems, endings)); every stem +
#: ending is one rare name, ranked after the hand-typed heads (a "+" joins with a space).
#: Most people carry a name nobody else in their circle has, as in real networks.
_TAILS: dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "english": (((), ()), (
        ("Ash", "Black", "Brad", "Brook", "Chad", "Clay", "Cran", "Dun", "Fair", "Good", "Hal",
         "Hart", "Hol", "Kings", "Lang", "Lock", "Mar", "Nor", "Pen", "Rad", "Red", "Ship",
         "Stan", "Thorn", "Walk", "Wes", "Whit", "Win", "Wood", "Hather", "Bram", "Cald",
         "Ellers", "Gil", "Hamp", "Kel", "Mel", "Os", "Pem", "Stock"),
        ("ley", "ton", "worth", "ford", "field", "wood", "well", "by", "ham", "more", "dale",
         "bury", "stone", "ridge", "wick", "combe", "hurst", "land", "shaw", "brook", "ingham",
         "er", "cott", "mere"),
    )),
    "german": (((), ()), (
        ("Ober", "Unter", "Grün", "Kirch", "Stein", "Berg", "Rosen", "Lind", "Eich", "Hoch",
         "Alt", "Neu", "Wald", "Brand", "Feld", "Hof", "Schön", "Wein", "Wies", "Dorn", "Mühl",
         "Sonnen", "Blum", "Adler", "Buch", "Fried", "Gold", "Hassel", "Kling", "Loh", "Reich",
         "Sieg", "Tann", "Wester", "Zell", "Kolb", "Rott", "Esch", "Hage", "Stroh"),
        ("mann", "berger", "hauser", "meier", "feld", "bach", "baum", "stein", "dorf", "er",
         "wald", "brunner", "huber", "reiter", "ler", "bauer", "hardt", "inger", "haus", "eder"),
    )),
    "french": (((), ()), (
        ("Beau", "Bel", "Bon", "Bois", "Cham", "Char", "Clair", "Des", "Du", "Fon", "Gran",
         "Haut", "La", "Le", "Mar", "Mont", "Pont", "Roche", "Val", "Ville", "Vau", "Brou",
         "Chau", "Dela", "Fou", "Gau", "Lab", "Mau", "Per", "Ros"),
        ("champ", "fort", "mont", "val", "lier", "court", "ville", "mond", "noir", "rive",
         "lac", "bois", "pré", "chard", "gnac", "ssac", "ssier", "lin", "ret", "tier"),
    )),
    "spanish": (((), ()), (
        ("Al", "Bal", "Ber", "Cal", "Cas", "Es", "Fer", "Gal", "Gar", "Her", "Ib", "Lar",
         "Mal", "Mar", "Men", "Mon", "Or", "Pal", "Quin", "Sal", "San", "Sol", "Tor", "Val",
         "Var", "Vill", "Zam", "Ech", "Ur", "Arr"),
        ("ado", "ales", "anca", "era", "ero", "illo", "ón", "oza", "uela", "ueta", "ido", "iz",
         "ona", "ana", "eda", "iga", "ola", "ella", "ano", "ete"),
    )),
    "hungarian": (((), ()), (
        ("Bala", "Bene", "Csor", "Deák", "Erdő", "Feke", "Gyur", "Halá", "Kele", "Kere", "Kis",
         "Lu", "Mar", "Nemes", "Orb", "Pál", "Rá", "Sebe", "Szen", "Tar", "Ud", "Vad", "Vár",
         "Zsig", "Bo", "Ko", "Me", "Pe", "So", "Ve"),
        ("si", "nyi", "vári", "falvi", "házi", "ffy", "di", "ló", "rádi", "kő", "csi", "gyi",
         "sz", "ti", "hegyi", "völgyi", "laki", "mezei", "kúti", "szegi"),
    )),
    "polish": (((), ()), (
        ("Bia", "Bor", "Choj", "Dęb", "Grab", "Jaw", "Kal", "Kraw", "Lip", "Mał", "Now", "Ols",
         "Pał", "Rad", "Sok", "Star", "Szcz", "Wil", "Zaj", "Żuk", "Kuź", "Gór", "Mik", "Pop",
         "Sadow", "Tarn", "Wal", "Bed", "Czar", "Fig"),
        ("owski", "ewski", "iński", "ecki", "icki", "ak", "czyk", "ek", "ka", "iak", "ała",
         "owicz", "ewicz", "uszek", "ański"),
    )),
    "nordic": (((), ()), (
        ("Berg", "Björk", "Dal", "Ek", "Fors", "Hag", "Holm", "Lind", "Lund", "Ny", "Sand",
         "Sjö", "Ström", "Sund", "Wall", "Åker", "Ås", "Gran", "Hed", "Lil", "Norr", "Öst",
         "Väst", "Sol", "Strand", "Fjell", "Haug", "Vik", "Myr", "Bakk"),
        ("berg", "gren", "ström", "qvist", "lund", "dahl", "sten", "vall", "by", "holm", "man",
         "fors", "ås", "mark", "ell", "stad", "heim", "vik", "li", "bakken"),
    )),
    "turkish": (((), ()), (
        ("Ak", "Al", "Ar", "Ay", "Bay", "Bil", "Can", "Dem", "Er", "Gök", "Gül", "Kar", "Kay",
         "Koç", "Öz", "Sar", "Şen", "Tan", "Tok", "Yal", "Yıl", "Yüc", "Bal", "Çak", "Dur",
         "Ers", "Kıl", "Oğuz", "Sev", "Uz"),
        ("soy", "türk", "han", "can", "oğlu", "er", "demir", "taş", "dağ", "kaya", "el", "gün",
         "yurt", "alp", "tekin", "baş", "kurt", "bey", "ay", "ok"),
    )),
    "vietnamese": (
        (("Thị", "Văn", "Minh", "Ngọc", "Thanh", "Quốc", "Hồng", "Đình", "Bích", "Hoàng",
          "Quang", "Mai", "Phương", "Đức", "Khánh", "Tuấn", "Gia", "Hải", "Quỳnh", "Trung",
          "Thảo", "Thu"),
         ("+Hương", "+Đức", "+Ánh", "+Tuấn", "+Trang", "+Bảo", "+Nhung", "+Phúc", "+Ngọc",
          "+Hải", "+Nam", "+Lan", "+Châu", "+Long", "+Tâm", "+Huy", "+Anh", "+Linh", "+Vy",
          "+Kiệt", "+Yến", "+Như", "+Kiên", "+Nguyên")),
        (("Tạ", "Quách", "Lưu", "Triệu", "Kiều", "Mạc", "Thái", "Châu", "Hà", "Tăng", "La",
          "Khúc", "Doãn", "Vương", "Tôn", "Thân", "Nghiêm", "Phùng", "Lạc", "Âu", "Bạch", "Chu",
          "Diệp", "Giang", "Hứa", "Kha", "Khổng", "Lại", "Ninh", "Quan", "Tiêu", "Từ", "Vi",
          "Đàm"), ("",)),
    ),
    "chinese": (
        (("子", "浩", "欣", "宇", "梓", "俊", "雨", "晓", "建", "志", "文", "明", "嘉", "佳", "思",
          "一", "天", "家", "海", "春", "秀", "玉", "德", "国", "晨", "若", "博", "诗", "雅", "泽"),
         ("涵", "然", "怡", "轩", "萱", "杰", "明", "华", "强", "伟", "婷", "琪", "宁", "辰", "阳",
          "瑶", "涛", "飞", "彤", "丽", "鹏", "霞", "军", "平", "洋", "敏", "静", "磊", "芳", "娜")),
        (("韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余",
          "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭",
          "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付"), ("",)),
    ),
    "japanese": (
        (("健", "大", "翔", "陽", "悠", "結", "美", "愛", "拓", "蓮", "和", "直", "由", "恵", "裕",
          "真", "優", "春", "千", "亮"),
         ("太", "輔", "菜", "咲", "衣", "海", "斗", "也", "樹", "子", "美", "香", "人", "介", "奈",
          "花", "郎", "希", "司", "乃")),
        (("山", "田", "中", "小", "大", "高", "松", "石", "木", "吉", "森", "池", "長", "藤", "上",
          "川", "西", "東", "北", "岡", "野", "原", "井", "竹", "三", "宮", "平", "坂", "今", "清"),
         ("田", "本", "村", "川", "野", "井", "口", "島", "崎", "藤", "木", "原", "沢", "谷", "林",
          "橋", "岡", "内", "山", "尾")),
    ),
    "russian": (((), ()), (
        ("Алекс", "Бар", "Бел", "Бор", "Вас", "Гор", "Гром", "Дорон", "Ерм", "Жук", "Зай",
         "Карп", "Клим", "Крыл", "Лап", "Мель", "Некр", "Ос", "Пан", "Род", "Сав", "Сыч", "Тих",
         "Ус", "Фом", "Хар", "Чер", "Шир", "Щерб", "Яков"),
        ("ов", "ова", "ев", "ева", "ин", "ина", "ский", "ская", "енко", "ович", "анов", "ников",
         "кин", "цев", "аев"),
    )),
    "greek": (((), ()), (
        ("Αλεξ", "Βασιλ", "Γεωργ", "Δημητρ", "Ευαγγελ", "Ζαφειρ", "Θεοδωρ", "Ιωαννιδ", "Καλλ",
         "Λαζαρ", "Μαυρ", "Νικηφορ", "Ξεν", "Παυλ", "Ρηγ", "Σαρρ", "Τσακ", "Φραγκ", "Χατζ",
         "Ψαρ", "Κοντ", "Μπακ", "Σπυρ", "Τζαν", "Φιλ"),
        ("όπουλος", "ίδης", "άκης", "ίου", "άτος", "ίτης", "έας", "ιάδης", "ούλης", "άρης",
         "έλλης", "ιώτης"),
    )),
    "arabic": (((), ()), (
        ("ال", "", "أبو+"),
        ("حسيني", "عبدالله", "سعيد", "جابر", "فارس", "نعيم", "رحمن", "شريف", "كريم", "صالح",
         "بدوي", "هاشمي", "يوسفي", "زهراني", "قحطاني", "دوسري", "عتيبي", "شمري", "مطيري",
         "غامدي", "حربي", "سالم", "ناصر", "فاضل", "جميل", "حلبي", "بغدادي", "دمشقي", "بيروتي",
         "طرابلسي", "خياط", "صباغ", "نجار", "حلاق", "عطار", "سقا", "زيات", "جزار", "حداد",
         "خطاب"),
    )),
    "indian": (((), ()), (
        ("Acharya", "Ahuja", "Arora", "Bajaj", "Bakshi", "Bhatia", "Chopra", "Chawla", "Dutta",
         "Dhillon", "Gill", "Goyal", "Grewal", "Hegde", "Jha", "Khanna", "Kohli", "Lal",
         "Luthra", "Mahajan", "Mathur", "Nath", "Naidu", "Oberoi", "Pathak", "Prasad",
         "Rastogi", "Sahni", "Sethi", "Sinha", "Sood", "Srivastava", "Talwar", "Tandon",
         "Tiwari", "Trivedi", "Upadhyay", "Vyas", "Walia", "Yadav", "Ghosh", "Sen", "Roy",
         "Dey", "Mitra", "Basu", "Chakraborty", "Bhattacharya", "Ganguly", "Kamath", "Shenoy",
         "Pai", "Prabhu", "Naik", "Gowda", "Deshpande", "Patil", "Jadhav", "Pawar", "Shinde",
         "Chavan", "Bhosale", "Gaikwad", "Thakur", "Chauhan", "Rathore", "Bhandari", "Dubey",
         "Shukla", "Dwivedi", "Chaturvedi", "Awasthi", "Bajpai", "Saini", "Rawat", "Negi",
         "Bisht", "Joshi-Rao", "Kamble", "Sawant"), ("",),
    )),
    "portuguese": (((), ()), (
        ("Al", "Bar", "Bel", "Cas", "Cor", "Fa", "Fig", "Fon", "Gal", "Lob", "Mac", "Mag",
         "Mir", "Mon", "Pa", "Pin", "Quei", "Ra", "Sal", "Tav", "Val", "Vas", "Vel", "Bra",
         "Cu"),
        ("eiro", "eira", "ares", "oso", "ado", "edo", "ão", "ira", "inho", "ales", "ança",
         "ota", "elo", "ena", "ino", "eres"),
    )),
}

EMOJI: tuple[str, ...] = ("🌸", "🚀", "☕", "🎸", "🌍", "✨", "🐾", "⚽", "📚", "🌈", "🇺🇦", "❤️")

#: short message bodies (several languages, emoji); no backslashes and no '": ' sequences,
#: which keeps the byte-level JSON post-processing of the writers exact.
PHRASES: tuple[str, ...] = (
    "Hi! How are you?", "Thanks so much 🙏", "See you tomorrow", "Haha yes 😂",
    "Congrats on the new job! 🎉", "Are you coming on Saturday?", "Sounds good 👍",
    "Can you send me the slides?", "Happy birthday! 🎂", "Let's catch up soon",
    "Merci beaucoup !", "¿Qué tal todo?", "Gracias, igualmente", "Danke dir, bis später",
    "Köszönöm szépen!", "Dziękuję, do zobaczenia", "Tack så mycket", "Çok teşekkürler",
    "Cảm ơn bạn nhiều", "谢谢你！", "ありがとう！", "Спасибо, увидимся", "Ευχαριστώ πολύ",
    "شكرا جزيلا", "धन्यवाद", "Obrigado, até já", "Did you see the article I posted?",
    "Great talk yesterday", "I'll call you later", "On my way 🚗", "Miss you guys ❤️",
    "That photo is amazing 📸", "Welcome to the team!", "Interesting point, I agree",
    "Long time no see!", "Good luck with the launch 🚀", "Here is the link", "OK",
    "Yes, works for me", "Sorry, running late",
)
# fmt: on


def _tail(stems: tuple[str, ...], endings: tuple[str, ...], head: tuple[str, ...]) -> list[str]:
    """Every stem + ending (ending by ending, so that the tail interleaves stems), without
    names already in the head; ``+`` in a part stands for a space."""
    seen = set(head)
    out = []
    for ending in endings:
        for stem in stems:
            name = (stem + ending).replace("+", " ").strip()
            if name and name not in seen:
                seen.add(name)
                out.append(name)
    return out


def _with_tails() -> dict[str, tuple[tuple[str, ...], tuple[str, ...], bool]]:
    cultures = {}
    for culture, (givens, families, family_first) in _HEADS.items():
        (g_stems, g_ends), (f_stems, f_ends) = _TAILS[culture]
        cultures[culture] = (
            givens + tuple(_tail(g_stems, g_ends, givens)),
            families + tuple(_tail(f_stems, f_ends, families)),
            family_first,
        )
    return cultures


#: culture → (given names, family names, family-name-first display order): the heads plus
#: their long tails, commonest first (``rank_weights`` gives each rank's share).
CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...], bool]] = _with_tails()


def rank_weights(size: int, top_share: float, exponent: float = 1.0) -> np.ndarray:
    """Shares of ranks 1..``size`` under a Zipf–Mandelbrot law ``(rank + q) ** -exponent``,
    with the offset ``q`` chosen so that rank 1 has ``top_share`` (uniform when
    ``top_share`` <= 1/size). Real name statistics look like this: a flat-ish head (the
    commonest surname is ~1 % of English speakers, not the 8 % a pure Zipf law gives over
    thousands of names) and a power-law tail.

    Example
    -------
    >>> weights = rank_weights(1000, 0.01)
    >>> round(float(weights[0]), 4), round(float(weights.sum()), 6)
    (0.01, 1.0)
    """
    ranks = np.arange(1, size + 1, dtype=float)

    def shares(q: float) -> np.ndarray:
        w = (ranks + q) ** -exponent
        return w / w.sum()

    if top_share <= 1.0 / size:
        return np.full(size, 1.0 / size)
    low, high = 0.0, 1e7
    if shares(low)[0] <= top_share:
        return shares(low)
    for _ in range(100):  # the top share falls as q grows
        mid = (low + high) / 2
        low, high = (mid, high) if shares(mid)[0] > top_share else (low, mid)
    return shares((low + high) / 2)


def ascii_fold(text: str) -> str:
    """Drop diacritics (``Zoë`` → ``Zoe``) the way people type names on ASCII keyboards.

    Letters with no decomposition (``ł``, ``ø``, ``ß``…) get their usual ASCII spelling;
    non-Latin scripts are left as they are.
    """
    special = str.maketrans(
        {
            "ł": "l",
            "Ł": "L",
            "ø": "o",
            "Ø": "O",
            "ß": "ss",
            "đ": "d",
            "Đ": "D",
            "æ": "ae",
            "ı": "i",
            "İ": "I",
            "ő": "o",
            "Ő": "O",
            "ű": "u",
            "Ű": "U",
        }
    )
    decomposed = unicodedata.normalize("NFKD", text.translate(special))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
