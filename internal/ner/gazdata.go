package ner

// The gazetteers, written for attache from common knowledge: one entry a
// line. In countryNames a line is "name|alias|alias...", all naming one
// country; the first is the canonical name. Matching ignores case.

const countryNames = `Afghanistan
Albania
Algeria
Andorra
Angola
Antigua and Barbuda|Antigua
Argentina
Armenia
Australia
Austria
Azerbaijan
Bahamas|The Bahamas
Bahrain
Bangladesh
Barbados
Belarus|Byelorussia
Belgium
Belize
Benin
Bhutan
Bolivia
Bosnia and Herzegovina|Bosnia|Bosnia-Herzegovina|Bosnia Herzegovina
Botswana
Brazil
Brunei
Bulgaria
Burkina Faso
Burundi
Cambodia
Cameroon
Canada
Cape Verde|Cabo Verde
Central African Republic
Chad
Chile
China|People's Republic of China|PRC|Mainland China
Colombia
Comoros
Congo|Republic of the Congo|Congo-Brazzaville
Democratic Republic of the Congo|DR Congo|DRC|Congo-Kinshasa|Zaire
Costa Rica
Croatia
Cuba
Cyprus
Czech Republic|Czechia
Czechoslovakia
Denmark
Djibouti
Dominica
Dominican Republic
East Timor|Timor-Leste
Ecuador
Egypt
El Salvador
Equatorial Guinea
Eritrea
Estonia
Eswatini|Swaziland
Ethiopia
Fiji
Finland
France
Gabon
Gambia
Georgia
Germany|Federal Republic of Germany
East Germany
West Germany
Ghana
Greece
Grenada
Guatemala
Guinea
Guinea-Bissau
Guyana
Haiti
Honduras
Hungary
Iceland
India
Indonesia
Iran|Islamic Republic of Iran|Persia
Iraq
Ireland|Irish Republic|Republic of Ireland|Eire
Israel
Italy
Ivory Coast|Cote d'Ivoire|Côte d'Ivoire
Jamaica
Japan
Jordan
Kazakhstan
Kenya
Kiribati
Kosovo
Kuwait
Kyrgyzstan|Kirghizia
Laos
Latvia
Lebanon
Lesotho
Liberia
Libya
Liechtenstein
Lithuania
Luxembourg
Madagascar
Malawi
Malaysia
Maldives
Mali
Malta
Marshall Islands
Mauritania
Mauritius
Mexico
Micronesia
Moldova
Monaco
Mongolia
Montenegro
Morocco
Mozambique
Myanmar|Burma
Namibia
Nauru
Nepal
Netherlands|Holland|The Netherlands
New Zealand
Nicaragua
Niger
Nigeria
North Korea|Democratic People's Republic of Korea|DPRK
North Macedonia|Macedonia|FYROM
Norway
Oman
Pakistan
Palau
Palestine|State of Palestine
Panama
Papua New Guinea
Paraguay
Peru
Philippines
Poland
Portugal
Qatar
Romania
Russia|Russian Federation
Rwanda
Saint Kitts and Nevis
Saint Lucia|St Lucia
Saint Vincent and the Grenadines
Samoa|Western Samoa
San Marino
Sao Tome and Principe
Saudi Arabia
Senegal
Serbia
Serbia and Montenegro
Yugoslavia|Federal Republic of Yugoslavia
Seychelles
Sierra Leone
Singapore
Slovakia
Slovenia
Solomon Islands
Somalia
South Africa
South Korea|Republic of Korea|Korea
South Sudan
Soviet Union|USSR|U.S.S.R.
Spain
Sri Lanka|Ceylon
Sudan
Suriname|Surinam
Sweden
Switzerland
Syria
Taiwan|Republic of China
Tajikistan
Tanzania
Thailand|Siam
Togo
Tonga
Trinidad and Tobago|Trinidad
Tunisia
Turkey|Turkiye|Türkiye
Turkmenistan
Tuvalu
Uganda
Ukraine
United Arab Emirates|UAE|U.A.E.|Emirates
United Kingdom|UK|U.K.|Britain|Great Britain
United States|US|U.S.|USA|U.S.A.|America|United States of America|the United States|the US|the U.S.
Uruguay
Uzbekistan
Vanuatu
Vatican|Vatican City|Holy See
Venezuela
Vietnam|Viet Nam
Yemen
Zambia
Zimbabwe
England
Scotland
Wales
Northern Ireland
Greenland
Puerto Rico
Hong Kong
Macau|Macao
Gibraltar
Bermuda
Faroe Islands
Western Sahara
Tibet
Chechnya
Abkhazia
Kurdistan
Gaza|Gaza Strip
West Bank
Crimea
Transnistria
Northern Cyprus
Somaliland`

const cityNames = `Abidjan
Abu Dhabi
Abuja
Accra
Addis Ababa
Adelaide
Ahmedabad
Algiers
Almaty|Alma-Ata
Amman
Amsterdam
Ankara
Antananarivo
Antwerp
Asuncion|Asunción
Astana|Nur-Sultan
Athens
Atlanta
Auckland
Baghdad
Baku
Bamako
Bangkok
Bangui
Banjul
Barcelona
Basra
Beijing|Peking
Beirut
Belfast
Belgrade
Belmopan
Bengaluru|Bangalore
Benghazi
Berlin
Bern|Berne
Bilbao
Birmingham
Bishkek
Bissau
Bogota|Bogotá
Bonn
Bordeaux
Boston
Brasilia|Brasília
Bratislava
Brazzaville
Bremen
Brisbane
Bristol
Brussels
Bucharest
Budapest
Buenos Aires
Bujumbura
Busan|Pusan
Cairo
Calcutta|Kolkata
Calgary
Canberra
Cape Town
Caracas
Cardiff
Casablanca
Chennai|Madras
Chicago
Chisinau
Chittagong
Cologne|Koln|Köln
Colombo
Conakry
Copenhagen
Dakar
Dallas
Damascus
Dar es Salaam
Delhi|New Delhi
Denver
Detroit
Dhaka|Dacca
Dili
Djibouti City
Doha
Donetsk
Dortmund
Dubai
Dublin
Durban
Dushanbe
Dusseldorf|Düsseldorf
Edinburgh
Florence
Frankfurt
Freetown
Gaborone
Gdansk
Geneva
Genoa
Glasgow
Gothenburg
Guangzhou|Canton
Guatemala City
Hamburg
Hanoi
Harare
Havana
Hebron
Helsinki
Hiroshima
Ho Chi Minh City|Saigon
Honolulu
Houston
Hyderabad
Islamabad
Istanbul
Jakarta
Jeddah
Jerusalem
Johannesburg
Juba
Kabul
Kampala
Kandahar
Karachi
Kathmandu
Kazan
Kharkiv|Kharkov
Khartoum
Kiev|Kyiv
Kigali
Kingston
Kinshasa
Kobe
Krakow|Kraków
Kuala Lumpur
Kuwait City
Kyoto
La Paz
Lagos
Lahore
Las Vegas
Leeds
Leipzig
Libreville
Lilongwe
Lima
Lisbon
Liverpool
Ljubljana
Lome|Lomé
London
Los Angeles|L.A.
Luanda
Lusaka
Luxembourg City
Lviv|Lvov
Lyon|Lyons
Madrid
Malabo
Manchester
Managua
Manila
Maputo
Marseille|Marseilles
Maseru
Mecca
Medina
Melbourne
Mexico City
Miami
Milan
Minsk
Mogadishu
Monrovia
Montevideo
Montreal
Moscow
Mosul
Mumbai|Bombay
Munich
Muscat
N'Djamena
Nagasaki
Nagoya
Nairobi
Naples
Nassau
Naypyidaw
New Orleans
New York|New York City|NYC
Niamey
Nice
Nicosia
Nouakchott
Novosibirsk
Odessa|Odesa
Osaka
Oslo
Ottawa
Ouagadougou
Oxford
Palermo
Panama City
Paris
Perth
Philadelphia
Phnom Penh
Phoenix
Podgorica
Port-au-Prince
Port Moresby
Port of Spain
Porto
Prague
Pretoria
Pristina
Pyongyang
Quebec City
Quito
Rabat
Ramallah
Rangoon|Yangon
Reykjavik
Riga
Rio de Janeiro|Rio
Riyadh
Rome
Rotterdam
Saint Petersburg|St Petersburg|St. Petersburg|Leningrad
Salzburg
San Diego
San Francisco
San Jose
San Juan
San Salvador
Sanaa|Sana'a
Santiago
Santo Domingo
Sao Paulo|São Paulo
Sarajevo
Seattle
Seoul
Seville
Shanghai
Shenzhen
Singapore City
Skopje
Sofia
Srebrenica
St. Louis|St Louis
Stockholm
Strasbourg
Stuttgart
Suva
Sydney
Taipei
Tallinn
Tashkent
Tbilisi
Tegucigalpa
Tehran|Teheran
Tel Aviv
The Hague
Thimphu
Tianjin
Tirana
Tokyo
Toronto
Toulouse
Tripoli
Tunis
Turin
Ulan Bator|Ulaanbaatar
Vaduz
Valencia
Valletta
Vancouver
Venice
Vienna
Vientiane
Vilnius
Vladivostok
Warsaw
Washington|Washington D.C.|Washington DC
Wellington
Windhoek
Wuhan
Yaounde|Yaoundé
Yekaterinburg
Yerevan
Zagreb
Zurich|Zürich
Grozny
Sarajevo
Tuzla
Mostar
Banja Luka
Pale
Kinshasa
Goma
Kisangani
Bukavu
Hebron
Nablus
Jenin
Bethlehem
Haifa
Jericho
Sidon
Tyre
Aleppo
Homs
Erbil|Arbil
Kirkuk
Fallujah
Tikrit
Najaf
Karbala
Herat
Mazar-i-Sharif
Jalalabad
Peshawar
Quetta
Rawalpindi
Srinagar
Kolkata
Pune
Jaipur
Lucknow
Kanpur
Surat
Chongqing
Chengdu
Nanjing
Hangzhou
Xian|Xi'an
Harbin
Shenyang
Dalian
Xiamen
Lhasa
Urumqi
Macau
Kaohsiung
Yokohama
Sapporo
Fukuoka
Incheon
Surabaya
Bandung
Medan
Davao
Cebu
Penang
Johor Bahru
Mandalay
Chiang Mai
Phuket
Da Nang
Haiphong
Almaty
Samarkand
Omsk
Samara
Nizhny Novgorod
Volgograd
Rostov-on-Don|Rostov
Sochi
Murmansk
Kaliningrad
Irkutsk
Krasnoyarsk
Perm
Ufa
Chelyabinsk
Sevastopol
Simferopol
Mariupol
Dnipro|Dnipropetrovsk
Zaporizhzhia
Kherson
Luhansk|Lugansk
Minsk
Gdansk
Wroclaw
Poznan
Lodz
Brno
Debrecen
Cluj-Napoca|Cluj
Timisoara
Constanta
Plovdiv
Varna
Thessaloniki|Salonika
Izmir
Antalya
Bursa
Adana
Diyarbakir
Tabriz
Isfahan
Shiraz
Mashhad
Qom
Alexandria
Giza
Luxor
Aswan
Port Said
Suez
Marrakesh|Marrakech
Fez
Tangier
Oran
Sfax
Misrata
Benghazi
Omdurman
Port Sudan
Asmara
Mombasa
Kisumu
Dodoma
Zanzibar
Entebbe
Goma
Lubumbashi
Douala
Ibadan
Kano
Port Harcourt
Kumasi
Bulawayo
Soweto
Pietermaritzburg
Bloemfontein
Port Elizabeth
Manaus
Recife
Salvador
Fortaleza
Belo Horizonte
Porto Alegre
Curitiba
Cordoba|Córdoba
Rosario
Mendoza
Valparaiso|Valparaíso
Medellin|Medellín
Cali
Cartagena
Guayaquil
Maracaibo
Monterrey
Guadalajara
Tijuana
Ciudad Juarez|Juarez
Acapulco
Cancun|Cancún
Austin
Baltimore
Charlotte
Cincinnati
Cleveland
Columbus
Indianapolis
Jacksonville
Kansas City
Memphis
Milwaukee
Minneapolis
Nashville
Oakland
Orlando
Pittsburgh
Portland
Sacramento
Salt Lake City
San Antonio
St. Paul
Tampa
Tucson
Anchorage
Albany
Buffalo
Newark
Hartford
Richmond
Raleigh
Omaha
Tulsa
Oklahoma City
Little Rock
Des Moines
Louisville
Birmingham
Boise
Reno
Albuquerque
Santa Fe
El Paso
Fort Worth
Charleston
Savannah
Annapolis
Cambridge
Princeton
Ferguson
Edmonton
Winnipeg
Halifax
Quebec
Victoria
Hamilton
Regina
Saskatoon
Manchester
Sheffield
Newcastle
Nottingham
Leicester
Southampton
Portsmouth
Brighton
Plymouth
Coventry
Aberdeen
Dundee
Swansea
Derry|Londonderry
Cork
Galway
Limerick
Canterbury
York
Bath
Dover
Lille
Nantes
Rennes
Grenoble
Montpellier
Cannes
Monaco City
Essen
Duisburg
Hanover|Hannover
Nuremberg|Nürnberg
Dresden
Bonn
Mainz
Heidelberg
Karlsruhe
Mannheim
Wiesbaden
Kiel
Rostock
Magdeburg
Potsdam
Graz
Linz
Innsbruck
Basel
Lausanne
Lucerne|Luzern
Lugano
Davos
Utrecht
Eindhoven
Groningen
Maastricht
The Hague
Ghent|Gent
Bruges|Brugge
Liege|Liège
Charleroi
Malmo|Malmö
Uppsala
Bergen
Trondheim
Stavanger
Aarhus
Odense
Tampere
Turku
Bologna
Verona
Pisa
Bari
Catania
Trieste
Cagliari
Parma
Seville|Sevilla
Malaga|Málaga
Zaragoza
Granada
Valladolid
San Sebastian
Pamplona
Las Palmas
Palma
Coimbra
Braga
Faro
Split
Dubrovnik
Novi Sad
Nis
Thessaloniki
Patras
Heraklion
Limassol
Larnaca`

const regionNames = `Alabama
Alaska
Arizona
Arkansas
California
Colorado
Connecticut
Delaware
Florida
Georgia
Hawaii
Idaho
Illinois
Indiana
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Massachusetts
Michigan
Minnesota
Mississippi
Missouri
Montana
Nebraska
Nevada
New Hampshire
New Jersey
New Mexico
New York State
North Carolina
North Dakota
Ohio
Oklahoma
Oregon
Pennsylvania
Rhode Island
South Carolina
South Dakota
Tennessee
Texas
Utah
Vermont
Virginia
Washington State
West Virginia
Wisconsin
Wyoming
District of Columbia
Ontario
Quebec
British Columbia
Alberta
Manitoba
Saskatchewan
Nova Scotia
New Brunswick
Newfoundland
Yukon
Nunavut
New South Wales
Queensland
Victoria
Tasmania
Western Australia
South Australia
Northern Territory
Bavaria
Saxony
Hesse
Brandenburg
Thuringia
Lower Saxony
North Rhine-Westphalia
Baden-Wuerttemberg|Baden-Württemberg
Schleswig-Holstein
Mecklenburg-Western Pomerania
Rhineland-Palatinate
Saarland
Catalonia
Andalusia
Basque Country
Galicia
Castile
Valencia
Lombardy
Tuscany
Sicily
Sardinia
Piedmont
Veneto
Calabria
Campania
Lazio
Corsica
Brittany
Normandy
Provence
Alsace
Burgundy
Flanders
Wallonia
Yorkshire
Lancashire
Kent
Surrey
Essex
Sussex
Cornwall
Devon
Ulster
Kashmir|Jammu and Kashmir
Punjab
Sindh
Balochistan|Baluchistan
Khyber Pakhtunkhwa|North-West Frontier Province
Bengal|West Bengal
Kerala
Tamil Nadu
Gujarat
Maharashtra
Uttar Pradesh
Bihar
Assam
Karnataka
Rajasthan
Andhra Pradesh
Goa
Xinjiang
Guangdong
Sichuan
Yunnan
Hubei
Hunan
Henan
Shandong
Jiangsu
Zhejiang
Fujian
Inner Mongolia
Manchuria
Hokkaido
Okinawa
Kyushu
Honshu
Mindanao
Luzon
Aceh
Papua
Java
Sumatra
Borneo
Bali
Sulawesi
Sabah
Sarawak
Siberia
Dagestan
Ingushetia
Tatarstan
Bashkortostan
Donbas|Donbass
Kurdistan Region
Darfur
Kordofan
Ogaden
Tigray
Oromia
Amhara
Katanga
Kivu|North Kivu|South Kivu
Ituri
Biafra
Natal|KwaZulu-Natal
Transvaal
Gauteng
Sinai
Golan Heights|Golan
Nagorno-Karabakh|Karabakh
South Ossetia
Kosovo Province
Vojvodina
Krajina
Slavonia
Herzegovina
Transylvania
Bessarabia
Silesia
Bohemia
Moravia
Lapland
Patagonia
Chiapas
Yucatan
Sonora
Chihuahua
Jalisco
Baja California
Amazonas
Bahia
Minas Gerais
Rio Grande do Sul
Quebec Province
Greater London
Hesse
Azores
Madeira
Canary Islands
Balearic Islands
Faroes
Falkland Islands|Falklands|Malvinas
Hong Kong SAR
Kashmir Valley
Cabinda
Casamance
Puntland
Jubaland
Zanzibar`

const continentNames = `Africa
Asia
Europe
North America
South America
Latin America
Central America
Antarctica
Oceania
Australasia
Eurasia
Middle East
Near East
Far East
Southeast Asia|South-East Asia
South Asia
East Asia
Central Asia
Asia-Pacific|Asia Pacific
Eastern Europe
Western Europe
Central Europe
Northern Europe
Southern Europe
Balkans
Baltics
Baltic
Scandinavia
Caucasus
North Caucasus
Caribbean
Mediterranean
Gulf|Persian Gulf|Arabian Gulf
Horn of Africa
Sahel
Sahara
Maghreb
North Africa
West Africa
East Africa
Southern Africa
Central Africa
sub-Saharan Africa
Levant
Pacific
Atlantic
Indian Ocean
Arctic
Black Sea
Red Sea
Caspian Sea|Caspian
Baltic Sea
North Sea
South China Sea
East China Sea
Sea of Japan
Yellow Sea
Adriatic
Aegean
Gulf of Mexico
Gulf of Aden
Strait of Hormuz
Taiwan Strait
Suez Canal
Panama Canal
English Channel
Bosphorus
Himalayas
Alps
Andes
Rockies|Rocky Mountains
Urals
Amazon
Nile
Danube
Rhine
Thames
Mekong
Yangtze
Ganges
Euphrates
Tigris
Jordan River
Mississippi River
Mount Everest|Everest
Kilimanjaro
Silicon Valley
Wall Street
Midwest
Pacific Northwest
New England
Deep South
West Coast
East Coast
Great Lakes
Gulf Coast
Indochina
Korean Peninsula
Arabian Peninsula
Iberian Peninsula|Iberia
Anatolia
Mesopotamia
Holy Land
Third World
Western Hemisphere
Northern Hemisphere
Southern Hemisphere`

const nationalityNames = `Afghan
Albanian
Algerian
American
Andorran
Angolan
Argentine|Argentinian
Armenian
Australian
Austrian
Azerbaijani|Azeri
Bahamian
Bahraini
Bangladeshi
Barbadian
Belarusian|Belarussian|Byelorussian
Belgian
Beninese
Bhutanese
Bolivian
Bosnian
Brazilian
British|Briton
Bruneian
Bulgarian
Burkinabe
Burmese
Burundian
Cambodian
Cameroonian
Canadian
Chadian
Chilean
Chinese
Colombian
Congolese
Costa Rican
Croatian|Croat
Cuban
Cypriot
Czech
Czechoslovak
Danish|Dane
Djiboutian
Dominican
Dutch|Dutchman
Ecuadorean|Ecuadorian
Egyptian
Emirati
English|Englishman
Eritrean
Estonian
Ethiopian
Fijian
Filipino|Philippine
Finnish|Finn
French|Frenchman
Gabonese
Gambian
Georgian
German
Ghanaian
Greek
Guatemalan
Guinean
Guyanese
Haitian
Honduran
Hungarian
Icelandic|Icelander
Indian
Indonesian
Iranian|Persian
Iraqi
Irish|Irishman
Israeli
Italian
Ivorian
Jamaican
Japanese
Jordanian
Kazakh|Kazakhstani
Kenyan
Korean
Kosovar|Kosovan
Kuwaiti
Kyrgyz
Lao|Laotian
Latvian
Lebanese
Liberian
Libyan
Lithuanian
Luxembourgish|Luxembourger
Macedonian
Malagasy
Malawian
Malaysian
Malian
Maltese
Mauritanian
Mauritian
Mexican
Moldovan
Monegasque
Mongolian
Montenegrin
Moroccan
Mozambican
Namibian
Nepali|Nepalese
New Zealander|Kiwi
Nicaraguan
Nigerian
Nigerien
North Korean
Norwegian
Omani
Pakistani
Palestinian
Panamanian
Paraguayan
Peruvian
Polish|Pole
Portuguese
Puerto Rican
Qatari
Romanian
Russian
Rwandan
Salvadoran
Samoan
Saudi
Scottish|Scot|Scots
Senegalese
Serbian|Serb
Sierra Leonean
Singaporean
Slovak
Slovenian|Slovene
Somali
South African
South Korean
Soviet
Spanish|Spaniard
Sri Lankan
Sudanese
Surinamese
Swedish|Swede
Swiss
Syrian
Taiwanese
Tajik
Tanzanian
Thai
Tibetan
Togolese
Tongan
Trinidadian
Tunisian
Turkish|Turk
Turkmen
Ugandan
Ukrainian
Uruguayan
Uzbek
Venezuelan
Vietnamese
Welsh
Yemeni
Yugoslav
Zambian
Zimbabwean
European
African
Asian
Arab|Arabic
Latin American
Western
Eastern
Caribbean
Scandinavian
Nordic
Baltic
Balkan
Slav|Slavic
Anglo-Saxon
Hispanic|Latino|Latina
Caucasian
Chechen
Kurd|Kurdish
Pashtun
Tamil
Sinhalese
Hutu
Tutsi
Berber
Tuareg
Bedouin
Uighur|Uyghur
Rohingya
Basque
Catalan
Flemish
Walloon
Corsican
Sicilian
Bavarian
Texan
Californian
Quebecois|Québécois
Hong Konger
Cossack
Gypsy|Roma
Aboriginal
Maori
Inuit
Zulu
Xhosa
Yoruba
Igbo|Ibo
Hausa
Amhara
Oromo
Tigrayan
Somali
Shona
Ndebele
Han
Manchu
Mongol
Tatar
Afrikaner
Native American
Pacific Islander`

const groupNames = `Muslim
Moslem
Christian
Jew|Jewish
Catholic|Roman Catholic
Protestant
Orthodox
Evangelical
Anglican
Lutheran
Methodist
Baptist
Presbyterian
Mormon
Hindu
Sikh
Buddhist
Islamic
Islamist
Jihadist
Shi'ite|Shiite|Shia|Shi'a
Sunni
Alawite
Druze
Maronite
Copt|Coptic
Zionist
Democrat|Democratic
Republican
Communist
Socialist
Social Democrat
Christian Democrat
Conservative
Liberal
Tory|Tories
Labourite
Marxist
Leninist
Maoist
Trotskyist
Fascist
Nazi
Neo-Nazi
Bolshevik
Sandinista
Zapatista
Chavista
Peronist
Gaullist
Bonapartist
Royalist
Monarchist
Republican Guard
Unionist
Nationalist
Loyalist
Separatist
Federalist
Green|Greens
Libertarian
Whig
Eurosceptic
Wahhabi
Salafi|Salafist
Sufi
Hasidic
Jehovah's Witness
Quaker
Amish
Rastafarian
Scientologist
Bahai|Baha'i
Zoroastrian
Jain
Taoist
Confucian
Shinto
Animist
Pagan
Atheist
Freemason`

// firstNames are common given names of people in the news.
const firstNames = `Aaron Abdul Abdullah Abraham Adam Adrian Ahmad Ahmed Alan Albert Alberto Alejandro Alessandro Alex Alexander Alexandre Alexei Alfred Alfredo Ali Alice Alicia Alison Allan Allen Amanda Amy Ana Anatoly Andre Andrea Andreas Andrei Andres Andrew Andrzej Andy Angela Angelo Ann Anna Anne Annie Anthony Antoine Anton Antonio Antony Arnold Arthur Ashley Azim
Barbara Barry Ben Benjamin Bernard Bernd Bill Billy Bob Bobby Boris Brad Bradley Brandon Brenda Brett Brian Bruce Bruno Bryan Byron
Carl Carlos Carol Caroline Catherine Cesar Charles Charlie Chris Christian Christina Christine Christopher Claire Claude Claudia Claudio Colin Craig Cristina Curtis Cynthia
Dale Dan Daniel Daniela Danny Dario Darren Dave David Dean Deborah Denis Dennis Derek Diana Diane Diego Dieter Dimitri Dmitry Dominic Dominique Don Donald Doris Doug Douglas Duncan Dwight
Earl Ed Eddie Edgar Eduardo Edward Edwin Elena Eli Elizabeth Ellen Emily Emma Emmanuel Enrique Eric Erik Ernest Ernesto Ernst Eugene Evan Evelyn
Fabio Fatima Felipe Felix Fernando Filippo Francesco Francis Francisco Franco Francois Frank Franz Fred Frederick Friedrich
Gabriel Gareth Gary Gavin Gene Geoff Geoffrey George Georgi Gerald Gerard Gerhard Giancarlo Gianni Gilbert Giorgio Giovanni Giuseppe Glen Glenn Gordon Graham Grant Greg Gregory Guido Guillermo Gunter Gustavo Guy
Hamid Hans Harold Harry Hassan Heinz Helen Helmut Henri Henrik Henry Herbert Herman Hilary Hillary Horst Howard Hugh Hugo Hussein
Ian Igor Imran Isaac Ivan Ivo
Jack Jackie Jacob Jacques Jaime James Jamie Jan Jane Janet Jason Javier Jean Jeff Jeffrey Jennifer Jens Jeremy Jerome Jerry Jesse Jessica Jesus Jim Jimmy Joachim Joan Joao Joe Joel Johan Johann Johannes John Johnny Jon Jonathan Jorge Jose Josef Joseph Josh Joshua Juan Judith Julia Julian Julie Juergen Jurgen Justin
Karen Karim Karl Kate Katherine Kathleen Keith Kelly Ken Kenneth Kevin Khalid Kim Klaus Konstantin Kurt Kyle
Larry Laura Laurent Lawrence Lee Leo Leon Leonard Leonid Les Leslie Lewis Linda Lisa Lorenzo Louis Louise Luc Luca Lucas Luigi Luis Luke Lynn
Mahmoud Malcolm Manuel Marc Marcel Marco Marcos Marcus Margaret Maria Mario Mark Marko Martin Mary Massimo Matt Matteo Matthew Matthias Maurice Mauricio Max Maxim Michael Michel Michele Michelle Miguel Mikhail Mike Milan Miroslav Mohamed Mohammad Mohammed Muhammad Monica Murray
Nancy Nasser Nathan Neil Nelson Nicholas Nick Nicola Nicolas Nigel Nikolai Noel Norman
Olaf Oleg Oliver Olivier Omar Oscar Otto Owen
Pablo Paolo Pascal Pat Patricia Patrick Paul Paula Pavel Pedro Peggy Per Peter Petr Phil Philip Philippe Pierre Pietro Piotr
Rachel Rafael Ralph Ramon Randy Raul Ray Raymond Rebecca Reinhard Rene Ricardo Richard Rick Rob Robert Roberto Robin Rodney Roger Roland Rolf Roman Ron Ronald Rosa Ross Roy Ruben Rudolf Russell Ruth Ryan
Sadiq Saeed Salim Sally Sam Samuel Sandra Sara Sarah Scott Sean Sebastian Sergei Sergey Sergio Shane Sharon Shaun Sheila Simon Stanley Stefan Stefano Stephen Steve Steven Stuart Susan Sven
Tariq Ted Terry Theo Thierry Thomas Tim Timothy Todd Tom Tommy Tony Tracy Trevor Troy
Uwe
Valentin Valery Vasily Vera Victor Viktor Vincent Vitaly Vladimir
Wade Walter Wang Warren Wayne Werner Wesley Will William Willie Wolfgang
Xavier
Yasser Yevgeny Yitzhak Yuri Yves
Zhang Zoltan Joerg Jiri Janusz Jacek Jaroslav Goran Dragan Slobodan Radovan Ratko Zoran Nenad Alija Franjo Boutros Kofi Nelson Thabo Jacob Cyril Robert Olusegun Muammar Hosni Anwar Yitzhak Shimon Benjamin Ehud Ariel Yasser Mahmoud Hafez Bashar Saddam Tariq Akbar Ali Mohammad Hassan Nawaz Benazir Pervez Atal Narendra Rahul Sonia Manmohan Rajiv Indira Jawaharlal Deng Jiang Zhu Li Hu Wen Xi Qin Wang Mao Kim Lee Park Moon Shinzo Junichiro Ryutaro Tomiichi Yoshihiko Naoto Taro Fumio Yoshihide Kishida Hun Sihanouk Suharto Mahathir Lee Goh Fidel Raul Hugo Nicolas Evo Lula Dilma Jair Cristina Nestor Mauricio Alvaro Juan Ernesto Augusto Michelle Vicente Andres Enrique Felipe Carlos`

// personTitles come before a person's name.
const personTitles = `Mr
Mrs
Ms
Miss
Dr
Prof
Professor
Sir
Dame
Lord
Lady
President
Vice President
Prime Minister
Premier
Chancellor
Minister
Foreign Minister
Defence Minister
Defense Minister
Finance Minister
Interior Minister
Secretary
Secretary of State
Secretary-General
Secretary General
Ambassador
Envoy
Senator
Sen
Rep
Representative
Congressman
Congresswoman
Governor
Gov
Mayor
King
Queen
Prince
Princess
Emperor
Sheikh
Emir
Sultan
Crown Prince
Pope
Cardinal
Archbishop
Bishop
Rev
Reverend
Father
Rabbi
Imam
Ayatollah
General
Gen
Lieutenant
Lt
Colonel
Col
Major
Maj
Captain
Capt
Admiral
Adm
Sergeant
Sgt
Commander
Marshal
Judge
Justice
Chief Justice
Attorney General
Speaker
Chairman
Chairwoman
Chair
Chief Executive
CEO
Director
Spokesman
Spokeswoman
Spokesperson
Coach
Manager
Striker
Midfielder
Defender
Goalkeeper
Captain
Inspector
Detective
Officer
Deputy
Dep
Commissioner
Superintendent
Chief
Leader
Dictator
Warlord
Comrade
Citizen
Mme
Mlle
Herr
Frau
Signor
Senor
Monsieur
Madame`

// orgSuffixes end an organisation's name.
const orgSuffixes = `Inc
Inc.
Corp
Corp.
Corporation
Co
Co.
Company
Ltd
Ltd.
Limited
Plc
PLC
LLC
LLP
LP
AG
GmbH
SA
S.A.
SpA
S.p.A.
NV
N.V.
BV
B.V.
AB
ASA
A/S
Oyj
KK
K.K.
Bhd
Bhd.
Berhad
Pty
Pty.
Group
Holdings
Holding
Partners
Associates
Bros
Bros.
International
Industries
Enterprises
Systems
Technologies
Communications
Airlines
Airways
Motors
Petroleum
Pharmaceuticals
Securities
Capital
Investments
Bancorp
Trust`

// orgWords name organisations when they stand in a capitalised name.
const orgWords = `Party
Ministry
Department
Bank
Council
Commission
Committee
Agency
Association
Federation
Union
League
Organisation
Organization
Institute
University
College
School
Academy
Foundation
Fund
Society
Authority
Board
Bureau
Office
Service
Court
Parliament
Assembly
Congress
Senate
Cabinet
Government
Administration
Army
Navy
Air Force
Police
Guard
Front
Movement
Alliance
Coalition
Church
Club
United
City
Rovers
Athletic
Wanderers
FC
Team
Exchange
Reserve
Corps
Brigade
Brigades
Forces
Command
Network
News
Times
Post
Journal
Herald
Tribune
Gazette
Press
Television
Radio
Broadcasting
Channel
Hospital
Museum
Orchestra
Theatre
Airport
Railway
Railways
Council of Ministers
Secretariat
Tribunal
Chamber
Directorate
Inspectorate
Cooperative
Consortium
Syndicate
Cartel
Mission
Trust`

// facWords end the names of buildings and other facilities.
const facWords = `Airport
Stadium
Arena
Bridge
Tower
Towers
Palace
Castle
Cathedral
Mosque
Temple
Synagogue
Hall
Centre
Center
Building
Hotel
Prison
Jail
Station
Port
Harbour
Harbor
Dam
Tunnel
Highway
Motorway
Square
Park
Plaza
Mall
Base
Camp
Embassy
Consulate
Kremlin
White House
Pentagon
Parthenon
Colosseum
Wembley
Old Trafford
Anfield
Heathrow
Gatwick
Downing Street
Capitol
Capitol Hill`

// eventWords name events.
const eventWords = `Olympics
Olympic Games
Paralympics
World Cup
European Championship
European Championships
World Championship
World Championships
Grand Prix
Grand Slam
Tour de France
Wimbledon
U.S. Open
US Open
French Open
Australian Open
Super Bowl
World Series
Champions League
Europa League
Copa America
Commonwealth Games
Asian Games
Ryder Cup
Davis Cup
Masters
Open Championship
Giro d'Italia
Vuelta
Marathon
World War I
World War II
World War One
World War Two
First World War
Second World War
Cold War
Gulf War
Vietnam War
Korean War
Iraq War
Civil War
Holocaust
Cultural Revolution
Arab Spring
Brexit
Ramadan
Eid
Christmas
Easter
Hanukkah
Diwali
Thanksgiving
Passover
Lent
Summit
Conference
Festival
Expo
Election
Referendum
Games
Cup
Championship
Championships
Trophy
Open
Classic
Tournament
War
Revolution
Crisis
Massacre
Uprising
Intifada
Olympiad
Jubilee`

// timeWords are capitalised words that are never names in news: months and
// days of the week.
const timeWords = `January
February
March
April
May
June
July
August
September
October
November
December
Jan
Feb
Mar
Apr
Jun
Jul
Aug
Sep
Sept
Oct
Nov
Dec
Monday
Tuesday
Wednesday
Thursday
Friday
Saturday
Sunday`

// knownOrgs are well-known organisations, often written as acronyms.
const knownOrgs = `United Nations|UN|U.N.
NATO|North Atlantic Treaty Organization|North Atlantic Treaty Organisation
European Union|EU|E.U.
European Commission
European Parliament
Council of Europe
OSCE|Organization for Security and Cooperation in Europe
African Union|AU
Arab League
ASEAN|Association of Southeast Asian Nations
APEC|Asia-Pacific Economic Cooperation
OPEC|Organization of the Petroleum Exporting Countries
G7|G-7|Group of Seven
G8|G-8
G20|G-20|Group of 20
IMF|International Monetary Fund
World Bank
WTO|World Trade Organization|World Trade Organisation
WHO|World Health Organization|World Health Organisation
UNESCO
UNICEF
UNHCR
IAEA|International Atomic Energy Agency
Interpol
Red Cross|International Committee of the Red Cross|ICRC
Red Crescent
Amnesty International
Human Rights Watch
Greenpeace
Doctors Without Borders|Medecins Sans Frontieres|MSF
Security Council|UN Security Council|U.N. Security Council
General Assembly
International Court of Justice
International Criminal Court|ICC
European Central Bank|ECB
Federal Reserve|Fed
Bundesbank
Bank of England
Bank of Japan
People's Bank of China
CIA|Central Intelligence Agency
FBI|Federal Bureau of Investigation
NSA|National Security Agency
KGB
FSB
MI5
MI6
Mossad
Pentagon
State Department
Foreign Office
Kremlin
White House
Congress
Senate
House of Representatives
House of Commons
House of Lords
Bundestag
Duma|State Duma
Knesset
Reuters
Associated Press|AP
Agence France-Presse|AFP
Xinhua
Tass|TASS
Itar-Tass
Interfax
BBC
CNN
Al Jazeera
New York Times
Washington Post
Wall Street Journal
Financial Times
Bloomberg
Dow Jones
Nasdaq
NYSE|New York Stock Exchange
Hamas
Hezbollah|Hizbollah
Fatah
PLO|Palestine Liberation Organisation|Palestine Liberation Organization
Palestinian Authority
Taliban
al Qaeda|al-Qaeda|Al Qaeda|Al-Qaeda
Islamic State|ISIS|ISIL
IRA|Irish Republican Army
Sinn Fein
ETA
PKK|Kurdistan Workers Party
FARC
Khmer Rouge
Shining Path
Labour Party|Labour
Conservative Party
Liberal Democrats
Democratic Party
Republican Party
Communist Party
Social Democrats|SPD
Christian Democrats|CDU
CSU
FDP
Bharatiya Janata Party|BJP
Congress Party
ANC|African National Congress
Likud
Kuomintang|KMT
Microsoft
Apple
Google
Amazon
Facebook
Meta
IBM
Intel
General Motors|GM
Ford
Chrysler
Toyota
Honda
Nissan
Volkswagen|VW
BMW
Daimler
Daimler-Benz
Mercedes-Benz
Renault
Peugeot
Fiat
Boeing
Airbus
Lockheed Martin
Siemens
Philips
Sony
Samsung
Nokia
Ericsson
Exxon|ExxonMobil
Shell|Royal Dutch Shell
BP|British Petroleum
Chevron
Gazprom
Aeroflot
Lufthansa
British Airways
Air France
KLM
Goldman Sachs
Morgan Stanley
JP Morgan|JPMorgan
Citigroup|Citibank
HSBC
Barclays
Deutsche Bank
UBS
Credit Suisse
Nestle
Unilever
Coca-Cola
PepsiCo
McDonald's
Walmart|Wal-Mart
General Electric|GE
AT&T
Standard & Poor's|S&P
Moody's
FIFA
UEFA
IOC|International Olympic Committee
NBA
NFL
NHL
Manchester United
Real Madrid
Barcelona
Bayern Munich
Juventus
AC Milan
Inter Milan
Ajax
Liverpool
Arsenal
Chelsea`
