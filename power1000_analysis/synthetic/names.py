"""Name banks for the synthetic persona: several cultures, accents, non-Latin scripts, emoji.

Each culture gives given names, family names and an optional nickname table; ``NAME_ORDER``
says whether the family name comes first (as in Chinese, Japanese, Vietnamese and Hungarian
display names). The banks are small on purpose: namesakes (different people with one name)
appear naturally at scale and are also planted on purpose by the generator.

Example
-------
>>> len(CULTURES) >= 10
True
>>> ascii_fold("Zoë Brandt-Łukasik")
'Zoe Brandt-Lukasik'
"""

from __future__ import annotations

import unicodedata

__all__ = ["CULTURES", "EMOJI", "NICKNAMES", "PHRASES", "ascii_fold"]

# fmt: off
#: culture → (given names, family names, family-name-first display order)
CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...], bool]] = {
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
