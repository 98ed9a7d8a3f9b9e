"""First names that French-language news writes and the name packages
(``gender_guesser``, then ``lang/first-names.tsv.gz``) lack or get wrong
for it.

French-language news covers West and Central Africa, the Maghreb, Lebanon,
Québec and Vietnam besides France: the lists below hold common first names
of those regions that are unambiguous there, and mark "" the names the
packages decide that news uses for both genders (or for a well-known
person of the other one).  Each was checked against the packages' answer
before it was added: a name they already decide rightly is not repeated.
"""

FIRST_NAMES: dict[str, str] = {
    **dict.fromkeys(
        """
        fatou aïcha aissatou aïssatou awa mariam mariama fatoumata kadiatou
        ndèye ndeye khady coumba nafissatou rokia oumou hawa
        fatima fatiha khadija leïla leila yasmina nadia samira karima
        fanta ramatoulaye mariame khadidiatou bineta dieynaba maimouna maïmouna
        salimata assetou kadidia djeneba rokiatou aïssata aissata astou adja
        nafi sokhna safiatou wassila meriem
        """.split(),
        "female",
    ),
    # West African (Sahel, Senegal, Côte d'Ivoire, Ghana), Maghreb, East
    # African and other women's names the packages lack: « Amel » is a
    # woman's name in the Maghreb, where French-language news meets it.
    **dict.fromkeys(
        """
        amel ikram hadiza balkissa ndella fatim efua ama tsitsi wangari ons
        cristiane chrystia kani doussou penda binetou amenan affoué
        rahinatou ramatou zalissa mariatou habibatou
        """.split(),
        "female",
    ),
    **dict.fromkeys(
        """
        mamadou moussa souleymane ousmane boubacar ibrahima abdoulaye
        seydou amadou cheikh modibo issa idrissa lamine aliou abdou
        moustapha mustapha youssef youssouf mohamed mohammed mohamad
        ahmed abdelkader rachid karim mehdi said saïd hamid omar
        abdourahmane abdourahamane alassane pape babacar malick bakary siaka
        mahamadou sidiki lassina yacouba drissa issouf modou serigne
        mouhamadou aboubacar ousseynou tidiane youssoupha sékou sekou thierno
        saliou kader reda ilyes
        """.split(),
        "male",
    ),
    **dict.fromkeys(
        """
        macky assimi azali emmerson yoweri uhuru abiy ahmedou sidy ngagne
        issoufou moumouni lassané seni kouamé shehbaz tammam gebran léonce
        """.split(),
        "male",
    ),
    # Names the package gives one gender that news in French uses for the
    # other or for both: West African « Adama » (mostly men), Italian
    # « Andrea », « Nicola » (men) beside their use for women elsewhere;
    # « Yacine » (men in the Maghreb, women in Senegal), « Manel » (women in
    # the Maghreb, men in Catalonia), « Lin » (a Chinese family name and
    # given name of both), « Nana » (a Ghanaian title before men's names),
    # « Salva », « Dany », « Sali »; « Touré » is a family name.
    **dict.fromkeys("adama andrea nicola yacine manel lin nana salva dany sali touré".split(), ""),
    "alpha": "male",
    "lula": "male",
}

#: Vietnamese names are written family name first (« Nguyen Thi Lan »), and
#: the middle name often tells the gender: « Thi » (Thị) for women, « Van »
#: (Văn) for men.  The middle name is read only after one of these common
#: family names, so that « Van » elsewhere (« Ilse Van de keere ») is left
#: alone.
FAMILY_NAME_FIRST = frozenset(
    """
    nguyen nguyễn tran trần le lê pham phạm hoang hoàng huynh huỳnh phan vu
    vũ vo võ dang đặng bui bùi do đỗ ho hồ ngo ngô duong dương ly lý dinh
    đinh trinh trịnh truong trương
    """.split()
)
MIDDLE_NAMES = {"thi": "female", "thị": "female", "van": "male", "văn": "male"}
