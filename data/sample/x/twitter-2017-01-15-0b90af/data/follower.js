window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "700125296",
      "userLink" : "https://twitter.com/intent/user?user_id=700125296"
    }
  },
  {
    "follower" : {
      "accountId" : "700044600",
      "userLink" : "https://twitter.com/intent/user?user_id=700044600"
    }
  },
  {
    "follower" : {
      "accountId" : "700150167",
      "userLink" : "https://twitter.com/intent/user?user_id=700150167"
    }
  },
  {
    "follower" : {
      "accountId" : "700009810",
      "userLink" : "https://twitter.com/intent/user?user_id=700009810"
    }
  },
  {
    "follower" : {
      "accountId" : "700006996",
      "userLink" : "https://twitter.com/intent/user?user_id=700006996"
    }
  },
  {
    "follower" : {
      "accountId" : "700099060",
      "userLink" : "https://twitter.com/intent/user?user_id=700099060"
    }
  },
  {
    "follower" : {
      "accountId" : "700047757",
      "userLink" : "https://twitter.com/intent/user?user_id=700047757"
    }
  },
  {
    "follower" : {
      "accountId" : "700099144",
      "userLink" : "https://twitter.com/intent/user?user_id=700099144"
    }
  },
  {
    "follower" : {
      "accountId" : "700135005",
      "userLink" : "https://twitter.com/intent/user?user_id=700135005"
    }
  },
  {
    "follower" : {
      "accountId" : "700011280",
      "userLink" : "https://twitter.com/intent/user?user_id=700011280"
    }
  },
  {
    "follower" : {
      "accountId" : "700002971",
      "userLink" : "https://twitter.com/intent/user?user_id=700002971"
    }
  },
  {
    "follower" : {
      "accountId" : "700141053",
      "userLink" : "https://twitter.com/intent/user?user_id=700141053"
    }
  },
  {
    "follower" : {
      "accountId" : "700115545",
      "userLink" : "https://twitter.com/intent/user?user_id=700115545"
    }
  },
  {
    "follower" : {
      "accountId" : "700001039",
      "userLink" : "https://twitter.com/intent/user?user_id=700001039"
    }
  },
  {
    "follower" : {
      "accountId" : "700113200",
      "userLink" : "https://twitter.com/intent/user?user_id=700113200"
    }
  },
  {
    "follower" : {
      "accountId" : "700018070",
      "userLink" : "https://twitter.com/intent/user?user_id=700018070"
    }
  },
  {
    "follower" : {
      "accountId" : "700030936",
      "userLink" : "https://twitter.com/intent/user?user_id=700030936"
    }
  },
  {
    "follower" : {
      "accountId" : "700051873",
      "userLink" : "https://twitter.com/intent/user?user_id=700051873"
    }
  },
  {
    "follower" : {
      "accountId" : "700146471",
      "userLink" : "https://twitter.com/intent/user?user_id=700146471"
    }
  },
  {
    "follower" : {
      "accountId" : "700034058",
      "userLink" : "https://twitter.com/intent/user?user_id=700034058"
    }
  },
  {
    "follower" : {
      "accountId" : "700066034",
      "userLink" : "https://twitter.com/intent/user?user_id=700066034"
    }
  },
  {
    "follower" : {
      "accountId" : "700082435",
      "userLink" : "https://twitter.com/intent/user?user_id=700082435"
    }
  },
  {
    "follower" : {
      "accountId" : "700147017",
      "userLink" : "https://twitter.com/intent/user?user_id=700147017"
    }
  },
  {
    "follower" : {
      "accountId" : "700111219",
      "userLink" : "https://twitter.com/intent/user?user_id=700111219"
    }
  },
  {
    "follower" : {
      "accountId" : "700085235",
      "userLink" : "https://twitter.com/intent/user?user_id=700085235"
    }
  },
  {
    "follower" : {
      "accountId" : "700028892",
      "userLink" : "https://twitter.com/intent/user?user_id=700028892"
    }
  },
  {
    "follower" : {
      "accountId" : "700051131",
      "userLink" : "https://twitter.com/intent/user?user_id=700051131"
    }
  },
  {
    "follower" : {
      "accountId" : "700055898",
      "userLink" : "https://twitter.com/intent/user?user_id=700055898"
    }
  },
  {
    "follower" : {
      "accountId" : "700115727",
      "userLink" : "https://twitter.com/intent/user?user_id=700115727"
    }
  },
  {
    "follower" : {
      "accountId" : "700045930",
      "userLink" : "https://twitter.com/intent/user?user_id=700045930"
    }
  },
  {
    "follower" : {
      "accountId" : "700006863",
      "userLink" : "https://twitter.com/intent/user?user_id=700006863"
    }
  },
  {
    "follower" : {
      "accountId" : "700019463",
      "userLink" : "https://twitter.com/intent/user?user_id=700019463"
    }
  },
  {
    "follower" : {
      "accountId" : "700076317",
      "userLink" : "https://twitter.com/intent/user?user_id=700076317"
    }
  },
  {
    "follower" : {
      "accountId" : "700110582",
      "userLink" : "https://twitter.com/intent/user?user_id=700110582"
    }
  },
  {
    "follower" : {
      "accountId" : "700084381",
      "userLink" : "https://twitter.com/intent/user?user_id=700084381"
    }
  },
  {
    "follower" : {
      "accountId" : "700069765",
      "userLink" : "https://twitter.com/intent/user?user_id=700069765"
    }
  },
  {
    "follower" : {
      "accountId" : "700156971",
      "userLink" : "https://twitter.com/intent/user?user_id=700156971"
    }
  },
  {
    "follower" : {
      "accountId" : "700112059",
      "userLink" : "https://twitter.com/intent/user?user_id=700112059"
    }
  },
  {
    "follower" : {
      "accountId" : "700016999",
      "userLink" : "https://twitter.com/intent/user?user_id=700016999"
    }
  },
  {
    "follower" : {
      "accountId" : "700015235",
      "userLink" : "https://twitter.com/intent/user?user_id=700015235"
    }
  },
  {
    "follower" : {
      "accountId" : "700034940",
      "userLink" : "https://twitter.com/intent/user?user_id=700034940"
    }
  },
  {
    "follower" : {
      "accountId" : "700135250",
      "userLink" : "https://twitter.com/intent/user?user_id=700135250"
    }
  },
  {
    "follower" : {
      "accountId" : "700135537",
      "userLink" : "https://twitter.com/intent/user?user_id=700135537"
    }
  },
  {
    "follower" : {
      "accountId" : "700071312",
      "userLink" : "https://twitter.com/intent/user?user_id=700071312"
    }
  },
  {
    "follower" : {
      "accountId" : "700123245",
      "userLink" : "https://twitter.com/intent/user?user_id=700123245"
    }
  },
  {
    "follower" : {
      "accountId" : "700099228",
      "userLink" : "https://twitter.com/intent/user?user_id=700099228"
    }
  },
  {
    "follower" : {
      "accountId" : "700084108",
      "userLink" : "https://twitter.com/intent/user?user_id=700084108"
    }
  },
  {
    "follower" : {
      "accountId" : "700017118",
      "userLink" : "https://twitter.com/intent/user?user_id=700017118"
    }
  },
  {
    "follower" : {
      "accountId" : "700154248",
      "userLink" : "https://twitter.com/intent/user?user_id=700154248"
    }
  },
  {
    "follower" : {
      "accountId" : "700087174",
      "userLink" : "https://twitter.com/intent/user?user_id=700087174"
    }
  },
  {
    "follower" : {
      "accountId" : "700083338",
      "userLink" : "https://twitter.com/intent/user?user_id=700083338"
    }
  },
  {
    "follower" : {
      "accountId" : "700109861",
      "userLink" : "https://twitter.com/intent/user?user_id=700109861"
    }
  },
  {
    "follower" : {
      "accountId" : "700130567",
      "userLink" : "https://twitter.com/intent/user?user_id=700130567"
    }
  },
  {
    "follower" : {
      "accountId" : "700072796",
      "userLink" : "https://twitter.com/intent/user?user_id=700072796"
    }
  },
  {
    "follower" : {
      "accountId" : "700015081",
      "userLink" : "https://twitter.com/intent/user?user_id=700015081"
    }
  },
  {
    "follower" : {
      "accountId" : "700057795",
      "userLink" : "https://twitter.com/intent/user?user_id=700057795"
    }
  },
  {
    "follower" : {
      "accountId" : "700016124",
      "userLink" : "https://twitter.com/intent/user?user_id=700016124"
    }
  },
  {
    "follower" : {
      "accountId" : "700042101",
      "userLink" : "https://twitter.com/intent/user?user_id=700042101"
    }
  },
  {
    "follower" : {
      "accountId" : "700051250",
      "userLink" : "https://twitter.com/intent/user?user_id=700051250"
    }
  },
  {
    "follower" : {
      "accountId" : "700001067",
      "userLink" : "https://twitter.com/intent/user?user_id=700001067"
    }
  },
  {
    "follower" : {
      "accountId" : "700084024",
      "userLink" : "https://twitter.com/intent/user?user_id=700084024"
    }
  },
  {
    "follower" : {
      "accountId" : "700129132",
      "userLink" : "https://twitter.com/intent/user?user_id=700129132"
    }
  },
  {
    "follower" : {
      "accountId" : "700098696",
      "userLink" : "https://twitter.com/intent/user?user_id=700098696"
    }
  },
  {
    "follower" : {
      "accountId" : "700127382",
      "userLink" : "https://twitter.com/intent/user?user_id=700127382"
    }
  },
  {
    "follower" : {
      "accountId" : "700054190",
      "userLink" : "https://twitter.com/intent/user?user_id=700054190"
    }
  },
  {
    "follower" : {
      "accountId" : "700117204",
      "userLink" : "https://twitter.com/intent/user?user_id=700117204"
    }
  },
  {
    "follower" : {
      "accountId" : "700154472",
      "userLink" : "https://twitter.com/intent/user?user_id=700154472"
    }
  },
  {
    "follower" : {
      "accountId" : "700009852",
      "userLink" : "https://twitter.com/intent/user?user_id=700009852"
    }
  },
  {
    "follower" : {
      "accountId" : "700021024",
      "userLink" : "https://twitter.com/intent/user?user_id=700021024"
    }
  },
  {
    "follower" : {
      "accountId" : "700124533",
      "userLink" : "https://twitter.com/intent/user?user_id=700124533"
    }
  },
  {
    "follower" : {
      "accountId" : "700091346",
      "userLink" : "https://twitter.com/intent/user?user_id=700091346"
    }
  },
  {
    "follower" : {
      "accountId" : "700089771",
      "userLink" : "https://twitter.com/intent/user?user_id=700089771"
    }
  },
  {
    "follower" : {
      "accountId" : "700092102",
      "userLink" : "https://twitter.com/intent/user?user_id=700092102"
    }
  },
  {
    "follower" : {
      "accountId" : "700023691",
      "userLink" : "https://twitter.com/intent/user?user_id=700023691"
    }
  },
  {
    "follower" : {
      "accountId" : "700065488",
      "userLink" : "https://twitter.com/intent/user?user_id=700065488"
    }
  },
  {
    "follower" : {
      "accountId" : "700134277",
      "userLink" : "https://twitter.com/intent/user?user_id=700134277"
    }
  },
  {
    "follower" : {
      "accountId" : "700063815",
      "userLink" : "https://twitter.com/intent/user?user_id=700063815"
    }
  },
  {
    "follower" : {
      "accountId" : "700020492",
      "userLink" : "https://twitter.com/intent/user?user_id=700020492"
    }
  },
  {
    "follower" : {
      "accountId" : "700044726",
      "userLink" : "https://twitter.com/intent/user?user_id=700044726"
    }
  },
  {
    "follower" : {
      "accountId" : "700093516",
      "userLink" : "https://twitter.com/intent/user?user_id=700093516"
    }
  },
  {
    "follower" : {
      "accountId" : "700131253",
      "userLink" : "https://twitter.com/intent/user?user_id=700131253"
    }
  },
  {
    "follower" : {
      "accountId" : "700151063",
      "userLink" : "https://twitter.com/intent/user?user_id=700151063"
    }
  },
  {
    "follower" : {
      "accountId" : "700125520",
      "userLink" : "https://twitter.com/intent/user?user_id=700125520"
    }
  },
  {
    "follower" : {
      "accountId" : "700097331",
      "userLink" : "https://twitter.com/intent/user?user_id=700097331"
    }
  },
  {
    "follower" : {
      "accountId" : "700029431",
      "userLink" : "https://twitter.com/intent/user?user_id=700029431"
    }
  },
  {
    "follower" : {
      "accountId" : "700118359",
      "userLink" : "https://twitter.com/intent/user?user_id=700118359"
    }
  },
  {
    "follower" : {
      "accountId" : "700090856",
      "userLink" : "https://twitter.com/intent/user?user_id=700090856"
    }
  },
  {
    "follower" : {
      "accountId" : "700150160",
      "userLink" : "https://twitter.com/intent/user?user_id=700150160"
    }
  },
  {
    "follower" : {
      "accountId" : "700161192",
      "userLink" : "https://twitter.com/intent/user?user_id=700161192"
    }
  },
  {
    "follower" : {
      "accountId" : "700004105",
      "userLink" : "https://twitter.com/intent/user?user_id=700004105"
    }
  },
  {
    "follower" : {
      "accountId" : "700026092",
      "userLink" : "https://twitter.com/intent/user?user_id=700026092"
    }
  },
  {
    "follower" : {
      "accountId" : "700062198",
      "userLink" : "https://twitter.com/intent/user?user_id=700062198"
    }
  },
  {
    "follower" : {
      "accountId" : "700128607",
      "userLink" : "https://twitter.com/intent/user?user_id=700128607"
    }
  },
  {
    "follower" : {
      "accountId" : "700150251",
      "userLink" : "https://twitter.com/intent/user?user_id=700150251"
    }
  },
  {
    "follower" : {
      "accountId" : "700019645",
      "userLink" : "https://twitter.com/intent/user?user_id=700019645"
    }
  },
  {
    "follower" : {
      "accountId" : "700123574",
      "userLink" : "https://twitter.com/intent/user?user_id=700123574"
    }
  },
  {
    "follower" : {
      "accountId" : "700152484",
      "userLink" : "https://twitter.com/intent/user?user_id=700152484"
    }
  },
  {
    "follower" : {
      "accountId" : "700061043",
      "userLink" : "https://twitter.com/intent/user?user_id=700061043"
    }
  },
  {
    "follower" : {
      "accountId" : "700136804",
      "userLink" : "https://twitter.com/intent/user?user_id=700136804"
    }
  },
  {
    "follower" : {
      "accountId" : "700057550",
      "userLink" : "https://twitter.com/intent/user?user_id=700057550"
    }
  },
  {
    "follower" : {
      "accountId" : "700045167",
      "userLink" : "https://twitter.com/intent/user?user_id=700045167"
    }
  },
  {
    "follower" : {
      "accountId" : "700062156",
      "userLink" : "https://twitter.com/intent/user?user_id=700062156"
    }
  },
  {
    "follower" : {
      "accountId" : "700078389",
      "userLink" : "https://twitter.com/intent/user?user_id=700078389"
    }
  },
  {
    "follower" : {
      "accountId" : "700051929",
      "userLink" : "https://twitter.com/intent/user?user_id=700051929"
    }
  },
  {
    "follower" : {
      "accountId" : "700132156",
      "userLink" : "https://twitter.com/intent/user?user_id=700132156"
    }
  },
  {
    "follower" : {
      "accountId" : "700062695",
      "userLink" : "https://twitter.com/intent/user?user_id=700062695"
    }
  },
  {
    "follower" : {
      "accountId" : "700106445",
      "userLink" : "https://twitter.com/intent/user?user_id=700106445"
    }
  },
  {
    "follower" : {
      "accountId" : "700032119",
      "userLink" : "https://twitter.com/intent/user?user_id=700032119"
    }
  },
  {
    "follower" : {
      "accountId" : "700126486",
      "userLink" : "https://twitter.com/intent/user?user_id=700126486"
    }
  },
  {
    "follower" : {
      "accountId" : "700028850",
      "userLink" : "https://twitter.com/intent/user?user_id=700028850"
    }
  },
  {
    "follower" : {
      "accountId" : "700109182",
      "userLink" : "https://twitter.com/intent/user?user_id=700109182"
    }
  },
  {
    "follower" : {
      "accountId" : "700098353",
      "userLink" : "https://twitter.com/intent/user?user_id=700098353"
    }
  },
  {
    "follower" : {
      "accountId" : "700065586",
      "userLink" : "https://twitter.com/intent/user?user_id=700065586"
    }
  },
  {
    "follower" : {
      "accountId" : "700068176",
      "userLink" : "https://twitter.com/intent/user?user_id=700068176"
    }
  },
  {
    "follower" : {
      "accountId" : "700158763",
      "userLink" : "https://twitter.com/intent/user?user_id=700158763"
    }
  },
  {
    "follower" : {
      "accountId" : "700033729",
      "userLink" : "https://twitter.com/intent/user?user_id=700033729"
    }
  },
  {
    "follower" : {
      "accountId" : "700028199",
      "userLink" : "https://twitter.com/intent/user?user_id=700028199"
    }
  },
  {
    "follower" : {
      "accountId" : "700096659",
      "userLink" : "https://twitter.com/intent/user?user_id=700096659"
    }
  },
  {
    "follower" : {
      "accountId" : "700097023",
      "userLink" : "https://twitter.com/intent/user?user_id=700097023"
    }
  },
  {
    "follower" : {
      "accountId" : "700159225",
      "userLink" : "https://twitter.com/intent/user?user_id=700159225"
    }
  },
  {
    "follower" : {
      "accountId" : "700151112",
      "userLink" : "https://twitter.com/intent/user?user_id=700151112"
    }
  },
  {
    "follower" : {
      "accountId" : "700149250",
      "userLink" : "https://twitter.com/intent/user?user_id=700149250"
    }
  },
  {
    "follower" : {
      "accountId" : "700076646",
      "userLink" : "https://twitter.com/intent/user?user_id=700076646"
    }
  },
  {
    "follower" : {
      "accountId" : "700066195",
      "userLink" : "https://twitter.com/intent/user?user_id=700066195"
    }
  },
  {
    "follower" : {
      "accountId" : "700001578",
      "userLink" : "https://twitter.com/intent/user?user_id=700001578"
    }
  },
  {
    "follower" : {
      "accountId" : "700095406",
      "userLink" : "https://twitter.com/intent/user?user_id=700095406"
    }
  },
  {
    "follower" : {
      "accountId" : "700146716",
      "userLink" : "https://twitter.com/intent/user?user_id=700146716"
    }
  },
  {
    "follower" : {
      "accountId" : "700125842",
      "userLink" : "https://twitter.com/intent/user?user_id=700125842"
    }
  },
  {
    "follower" : {
      "accountId" : "700026575",
      "userLink" : "https://twitter.com/intent/user?user_id=700026575"
    }
  },
  {
    "follower" : {
      "accountId" : "700078291",
      "userLink" : "https://twitter.com/intent/user?user_id=700078291"
    }
  },
  {
    "follower" : {
      "accountId" : "700040526",
      "userLink" : "https://twitter.com/intent/user?user_id=700040526"
    }
  },
  {
    "follower" : {
      "accountId" : "700046329",
      "userLink" : "https://twitter.com/intent/user?user_id=700046329"
    }
  },
  {
    "follower" : {
      "accountId" : "700112577",
      "userLink" : "https://twitter.com/intent/user?user_id=700112577"
    }
  },
  {
    "follower" : {
      "accountId" : "700157524",
      "userLink" : "https://twitter.com/intent/user?user_id=700157524"
    }
  },
  {
    "follower" : {
      "accountId" : "700132317",
      "userLink" : "https://twitter.com/intent/user?user_id=700132317"
    }
  },
  {
    "follower" : {
      "accountId" : "700005778",
      "userLink" : "https://twitter.com/intent/user?user_id=700005778"
    }
  },
  {
    "follower" : {
      "accountId" : "700086474",
      "userLink" : "https://twitter.com/intent/user?user_id=700086474"
    }
  },
  {
    "follower" : {
      "accountId" : "700048331",
      "userLink" : "https://twitter.com/intent/user?user_id=700048331"
    }
  },
  {
    "follower" : {
      "accountId" : "700135096",
      "userLink" : "https://twitter.com/intent/user?user_id=700135096"
    }
  },
  {
    "follower" : {
      "accountId" : "700137168",
      "userLink" : "https://twitter.com/intent/user?user_id=700137168"
    }
  },
  {
    "follower" : {
      "accountId" : "700039217",
      "userLink" : "https://twitter.com/intent/user?user_id=700039217"
    }
  },
  {
    "follower" : {
      "accountId" : "700093586",
      "userLink" : "https://twitter.com/intent/user?user_id=700093586"
    }
  },
  {
    "follower" : {
      "accountId" : "700149502",
      "userLink" : "https://twitter.com/intent/user?user_id=700149502"
    }
  },
  {
    "follower" : {
      "accountId" : "700091927",
      "userLink" : "https://twitter.com/intent/user?user_id=700091927"
    }
  },
  {
    "follower" : {
      "accountId" : "700133108",
      "userLink" : "https://twitter.com/intent/user?user_id=700133108"
    }
  },
  {
    "follower" : {
      "accountId" : "700027247",
      "userLink" : "https://twitter.com/intent/user?user_id=700027247"
    }
  },
  {
    "follower" : {
      "accountId" : "700068428",
      "userLink" : "https://twitter.com/intent/user?user_id=700068428"
    }
  },
  {
    "follower" : {
      "accountId" : "700043186",
      "userLink" : "https://twitter.com/intent/user?user_id=700043186"
    }
  },
  {
    "follower" : {
      "accountId" : "700108769",
      "userLink" : "https://twitter.com/intent/user?user_id=700108769"
    }
  },
  {
    "follower" : {
      "accountId" : "700044803",
      "userLink" : "https://twitter.com/intent/user?user_id=700044803"
    }
  },
  {
    "follower" : {
      "accountId" : "700132408",
      "userLink" : "https://twitter.com/intent/user?user_id=700132408"
    }
  },
  {
    "follower" : {
      "accountId" : "700037915",
      "userLink" : "https://twitter.com/intent/user?user_id=700037915"
    }
  },
  {
    "follower" : {
      "accountId" : "700027079",
      "userLink" : "https://twitter.com/intent/user?user_id=700027079"
    }
  },
  {
    "follower" : {
      "accountId" : "700066783",
      "userLink" : "https://twitter.com/intent/user?user_id=700066783"
    }
  },
  {
    "follower" : {
      "accountId" : "700094125",
      "userLink" : "https://twitter.com/intent/user?user_id=700094125"
    }
  },
  {
    "follower" : {
      "accountId" : "700132023",
      "userLink" : "https://twitter.com/intent/user?user_id=700132023"
    }
  },
  {
    "follower" : {
      "accountId" : "700100495",
      "userLink" : "https://twitter.com/intent/user?user_id=700100495"
    }
  },
  {
    "follower" : {
      "accountId" : "700031139",
      "userLink" : "https://twitter.com/intent/user?user_id=700031139"
    }
  },
  {
    "follower" : {
      "accountId" : "700002460",
      "userLink" : "https://twitter.com/intent/user?user_id=700002460"
    }
  },
  {
    "follower" : {
      "accountId" : "700025462",
      "userLink" : "https://twitter.com/intent/user?user_id=700025462"
    }
  },
  {
    "follower" : {
      "accountId" : "700156488",
      "userLink" : "https://twitter.com/intent/user?user_id=700156488"
    }
  },
  {
    "follower" : {
      "accountId" : "700146583",
      "userLink" : "https://twitter.com/intent/user?user_id=700146583"
    }
  },
  {
    "follower" : {
      "accountId" : "700141368",
      "userLink" : "https://twitter.com/intent/user?user_id=700141368"
    }
  },
  {
    "follower" : {
      "accountId" : "700009026",
      "userLink" : "https://twitter.com/intent/user?user_id=700009026"
    }
  },
  {
    "follower" : {
      "accountId" : "700013730",
      "userLink" : "https://twitter.com/intent/user?user_id=700013730"
    }
  },
  {
    "follower" : {
      "accountId" : "700009012",
      "userLink" : "https://twitter.com/intent/user?user_id=700009012"
    }
  },
  {
    "follower" : {
      "accountId" : "700147423",
      "userLink" : "https://twitter.com/intent/user?user_id=700147423"
    }
  },
  {
    "follower" : {
      "accountId" : "700161360",
      "userLink" : "https://twitter.com/intent/user?user_id=700161360"
    }
  },
  {
    "follower" : {
      "accountId" : "700133759",
      "userLink" : "https://twitter.com/intent/user?user_id=700133759"
    }
  },
  {
    "follower" : {
      "accountId" : "700003412",
      "userLink" : "https://twitter.com/intent/user?user_id=700003412"
    }
  },
  {
    "follower" : {
      "accountId" : "700073174",
      "userLink" : "https://twitter.com/intent/user?user_id=700073174"
    }
  },
  {
    "follower" : {
      "accountId" : "700034464",
      "userLink" : "https://twitter.com/intent/user?user_id=700034464"
    }
  },
  {
    "follower" : {
      "accountId" : "700076898",
      "userLink" : "https://twitter.com/intent/user?user_id=700076898"
    }
  },
  {
    "follower" : {
      "accountId" : "700015543",
      "userLink" : "https://twitter.com/intent/user?user_id=700015543"
    }
  },
  {
    "follower" : {
      "accountId" : "700135299",
      "userLink" : "https://twitter.com/intent/user?user_id=700135299"
    }
  },
  {
    "follower" : {
      "accountId" : "700103925",
      "userLink" : "https://twitter.com/intent/user?user_id=700103925"
    }
  },
  {
    "follower" : {
      "accountId" : "700090800",
      "userLink" : "https://twitter.com/intent/user?user_id=700090800"
    }
  },
  {
    "follower" : {
      "accountId" : "700107201",
      "userLink" : "https://twitter.com/intent/user?user_id=700107201"
    }
  },
  {
    "follower" : {
      "accountId" : "700017916",
      "userLink" : "https://twitter.com/intent/user?user_id=700017916"
    }
  },
  {
    "follower" : {
      "accountId" : "700154213",
      "userLink" : "https://twitter.com/intent/user?user_id=700154213"
    }
  },
  {
    "follower" : {
      "accountId" : "700052783",
      "userLink" : "https://twitter.com/intent/user?user_id=700052783"
    }
  },
  {
    "follower" : {
      "accountId" : "700141739",
      "userLink" : "https://twitter.com/intent/user?user_id=700141739"
    }
  },
  {
    "follower" : {
      "accountId" : "700110974",
      "userLink" : "https://twitter.com/intent/user?user_id=700110974"
    }
  },
  {
    "follower" : {
      "accountId" : "700104639",
      "userLink" : "https://twitter.com/intent/user?user_id=700104639"
    }
  },
  {
    "follower" : {
      "accountId" : "700146198",
      "userLink" : "https://twitter.com/intent/user?user_id=700146198"
    }
  },
  {
    "follower" : {
      "accountId" : "700039252",
      "userLink" : "https://twitter.com/intent/user?user_id=700039252"
    }
  },
  {
    "follower" : {
      "accountId" : "700045384",
      "userLink" : "https://twitter.com/intent/user?user_id=700045384"
    }
  },
  {
    "follower" : {
      "accountId" : "700022095",
      "userLink" : "https://twitter.com/intent/user?user_id=700022095"
    }
  },
  {
    "follower" : {
      "accountId" : "700111709",
      "userLink" : "https://twitter.com/intent/user?user_id=700111709"
    }
  },
  {
    "follower" : {
      "accountId" : "700062072",
      "userLink" : "https://twitter.com/intent/user?user_id=700062072"
    }
  },
  {
    "follower" : {
      "accountId" : "700101909",
      "userLink" : "https://twitter.com/intent/user?user_id=700101909"
    }
  },
  {
    "follower" : {
      "accountId" : "700066594",
      "userLink" : "https://twitter.com/intent/user?user_id=700066594"
    }
  },
  {
    "follower" : {
      "accountId" : "700098976",
      "userLink" : "https://twitter.com/intent/user?user_id=700098976"
    }
  },
  {
    "follower" : {
      "accountId" : "700090520",
      "userLink" : "https://twitter.com/intent/user?user_id=700090520"
    }
  },
  {
    "follower" : {
      "accountId" : "700091906",
      "userLink" : "https://twitter.com/intent/user?user_id=700091906"
    }
  },
  {
    "follower" : {
      "accountId" : "700116903",
      "userLink" : "https://twitter.com/intent/user?user_id=700116903"
    }
  },
  {
    "follower" : {
      "accountId" : "700110722",
      "userLink" : "https://twitter.com/intent/user?user_id=700110722"
    }
  },
  {
    "follower" : {
      "accountId" : "700069198",
      "userLink" : "https://twitter.com/intent/user?user_id=700069198"
    }
  },
  {
    "follower" : {
      "accountId" : "700017524",
      "userLink" : "https://twitter.com/intent/user?user_id=700017524"
    }
  },
  {
    "follower" : {
      "accountId" : "700064312",
      "userLink" : "https://twitter.com/intent/user?user_id=700064312"
    }
  },
  {
    "follower" : {
      "accountId" : "700052272",
      "userLink" : "https://twitter.com/intent/user?user_id=700052272"
    }
  },
  {
    "follower" : {
      "accountId" : "700161388",
      "userLink" : "https://twitter.com/intent/user?user_id=700161388"
    }
  },
  {
    "follower" : {
      "accountId" : "700134389",
      "userLink" : "https://twitter.com/intent/user?user_id=700134389"
    }
  },
  {
    "follower" : {
      "accountId" : "700107320",
      "userLink" : "https://twitter.com/intent/user?user_id=700107320"
    }
  },
  {
    "follower" : {
      "accountId" : "700055884",
      "userLink" : "https://twitter.com/intent/user?user_id=700055884"
    }
  },
  {
    "follower" : {
      "accountId" : "700029011",
      "userLink" : "https://twitter.com/intent/user?user_id=700029011"
    }
  },
  {
    "follower" : {
      "accountId" : "700145813",
      "userLink" : "https://twitter.com/intent/user?user_id=700145813"
    }
  },
  {
    "follower" : {
      "accountId" : "700131127",
      "userLink" : "https://twitter.com/intent/user?user_id=700131127"
    }
  },
  {
    "follower" : {
      "accountId" : "700016432",
      "userLink" : "https://twitter.com/intent/user?user_id=700016432"
    }
  },
  {
    "follower" : {
      "accountId" : "700154017",
      "userLink" : "https://twitter.com/intent/user?user_id=700154017"
    }
  },
  {
    "follower" : {
      "accountId" : "700108300",
      "userLink" : "https://twitter.com/intent/user?user_id=700108300"
    }
  },
  {
    "follower" : {
      "accountId" : "700016271",
      "userLink" : "https://twitter.com/intent/user?user_id=700016271"
    }
  },
  {
    "follower" : {
      "accountId" : "700045650",
      "userLink" : "https://twitter.com/intent/user?user_id=700045650"
    }
  },
  {
    "follower" : {
      "accountId" : "700137560",
      "userLink" : "https://twitter.com/intent/user?user_id=700137560"
    }
  },
  {
    "follower" : {
      "accountId" : "700074378",
      "userLink" : "https://twitter.com/intent/user?user_id=700074378"
    }
  },
  {
    "follower" : {
      "accountId" : "700043592",
      "userLink" : "https://twitter.com/intent/user?user_id=700043592"
    }
  },
  {
    "follower" : {
      "accountId" : "700131190",
      "userLink" : "https://twitter.com/intent/user?user_id=700131190"
    }
  },
  {
    "follower" : {
      "accountId" : "700095742",
      "userLink" : "https://twitter.com/intent/user?user_id=700095742"
    }
  },
  {
    "follower" : {
      "accountId" : "700144679",
      "userLink" : "https://twitter.com/intent/user?user_id=700144679"
    }
  },
  {
    "follower" : {
      "accountId" : "700001235",
      "userLink" : "https://twitter.com/intent/user?user_id=700001235"
    }
  },
  {
    "follower" : {
      "accountId" : "700013863",
      "userLink" : "https://twitter.com/intent/user?user_id=700013863"
    }
  },
  {
    "follower" : {
      "accountId" : "700085704",
      "userLink" : "https://twitter.com/intent/user?user_id=700085704"
    }
  },
  {
    "follower" : {
      "accountId" : "700071487",
      "userLink" : "https://twitter.com/intent/user?user_id=700071487"
    }
  },
  {
    "follower" : {
      "accountId" : "700077661",
      "userLink" : "https://twitter.com/intent/user?user_id=700077661"
    }
  },
  {
    "follower" : {
      "accountId" : "700008480",
      "userLink" : "https://twitter.com/intent/user?user_id=700008480"
    }
  },
  {
    "follower" : {
      "accountId" : "700042920",
      "userLink" : "https://twitter.com/intent/user?user_id=700042920"
    }
  },
  {
    "follower" : {
      "accountId" : "700048338",
      "userLink" : "https://twitter.com/intent/user?user_id=700048338"
    }
  },
  {
    "follower" : {
      "accountId" : "700161122",
      "userLink" : "https://twitter.com/intent/user?user_id=700161122"
    }
  },
  {
    "follower" : {
      "accountId" : "700080713",
      "userLink" : "https://twitter.com/intent/user?user_id=700080713"
    }
  },
  {
    "follower" : {
      "accountId" : "700042234",
      "userLink" : "https://twitter.com/intent/user?user_id=700042234"
    }
  },
  {
    "follower" : {
      "accountId" : "700125758",
      "userLink" : "https://twitter.com/intent/user?user_id=700125758"
    }
  },
  {
    "follower" : {
      "accountId" : "700101769",
      "userLink" : "https://twitter.com/intent/user?user_id=700101769"
    }
  },
  {
    "follower" : {
      "accountId" : "700090982",
      "userLink" : "https://twitter.com/intent/user?user_id=700090982"
    }
  },
  {
    "follower" : {
      "accountId" : "700045608",
      "userLink" : "https://twitter.com/intent/user?user_id=700045608"
    }
  },
  {
    "follower" : {
      "accountId" : "700121369",
      "userLink" : "https://twitter.com/intent/user?user_id=700121369"
    }
  },
  {
    "follower" : {
      "accountId" : "700118590",
      "userLink" : "https://twitter.com/intent/user?user_id=700118590"
    }
  },
  {
    "follower" : {
      "accountId" : "700055058",
      "userLink" : "https://twitter.com/intent/user?user_id=700055058"
    }
  },
  {
    "follower" : {
      "accountId" : "700029662",
      "userLink" : "https://twitter.com/intent/user?user_id=700029662"
    }
  },
  {
    "follower" : {
      "accountId" : "700096596",
      "userLink" : "https://twitter.com/intent/user?user_id=700096596"
    }
  },
  {
    "follower" : {
      "accountId" : "700073412",
      "userLink" : "https://twitter.com/intent/user?user_id=700073412"
    }
  },
  {
    "follower" : {
      "accountId" : "700141382",
      "userLink" : "https://twitter.com/intent/user?user_id=700141382"
    }
  },
  {
    "follower" : {
      "accountId" : "700137791",
      "userLink" : "https://twitter.com/intent/user?user_id=700137791"
    }
  },
  {
    "follower" : {
      "accountId" : "700068393",
      "userLink" : "https://twitter.com/intent/user?user_id=700068393"
    }
  },
  {
    "follower" : {
      "accountId" : "700043802",
      "userLink" : "https://twitter.com/intent/user?user_id=700043802"
    }
  },
  {
    "follower" : {
      "accountId" : "700066769",
      "userLink" : "https://twitter.com/intent/user?user_id=700066769"
    }
  },
  {
    "follower" : {
      "accountId" : "700126269",
      "userLink" : "https://twitter.com/intent/user?user_id=700126269"
    }
  },
  {
    "follower" : {
      "accountId" : "700098178",
      "userLink" : "https://twitter.com/intent/user?user_id=700098178"
    }
  },
  {
    "follower" : {
      "accountId" : "700126178",
      "userLink" : "https://twitter.com/intent/user?user_id=700126178"
    }
  },
  {
    "follower" : {
      "accountId" : "700095014",
      "userLink" : "https://twitter.com/intent/user?user_id=700095014"
    }
  },
  {
    "follower" : {
      "accountId" : "700033281",
      "userLink" : "https://twitter.com/intent/user?user_id=700033281"
    }
  },
  {
    "follower" : {
      "accountId" : "700139296",
      "userLink" : "https://twitter.com/intent/user?user_id=700139296"
    }
  },
  {
    "follower" : {
      "accountId" : "700092200",
      "userLink" : "https://twitter.com/intent/user?user_id=700092200"
    }
  },
  {
    "follower" : {
      "accountId" : "700121635",
      "userLink" : "https://twitter.com/intent/user?user_id=700121635"
    }
  },
  {
    "follower" : {
      "accountId" : "700149677",
      "userLink" : "https://twitter.com/intent/user?user_id=700149677"
    }
  },
  {
    "follower" : {
      "accountId" : "700081462",
      "userLink" : "https://twitter.com/intent/user?user_id=700081462"
    }
  },
  {
    "follower" : {
      "accountId" : "700099949",
      "userLink" : "https://twitter.com/intent/user?user_id=700099949"
    }
  },
  {
    "follower" : {
      "accountId" : "700033085",
      "userLink" : "https://twitter.com/intent/user?user_id=700033085"
    }
  },
  {
    "follower" : {
      "accountId" : "700026183",
      "userLink" : "https://twitter.com/intent/user?user_id=700026183"
    }
  },
  {
    "follower" : {
      "accountId" : "700132114",
      "userLink" : "https://twitter.com/intent/user?user_id=700132114"
    }
  },
  {
    "follower" : {
      "accountId" : "700014605",
      "userLink" : "https://twitter.com/intent/user?user_id=700014605"
    }
  },
  {
    "follower" : {
      "accountId" : "700062240",
      "userLink" : "https://twitter.com/intent/user?user_id=700062240"
    }
  },
  {
    "follower" : {
      "accountId" : "700031433",
      "userLink" : "https://twitter.com/intent/user?user_id=700031433"
    }
  },
  {
    "follower" : {
      "accountId" : "700099886",
      "userLink" : "https://twitter.com/intent/user?user_id=700099886"
    }
  },
  {
    "follower" : {
      "accountId" : "700102889",
      "userLink" : "https://twitter.com/intent/user?user_id=700102889"
    }
  },
  {
    "follower" : {
      "accountId" : "700061071",
      "userLink" : "https://twitter.com/intent/user?user_id=700061071"
    }
  },
  {
    "follower" : {
      "accountId" : "700018042",
      "userLink" : "https://twitter.com/intent/user?user_id=700018042"
    }
  },
  {
    "follower" : {
      "accountId" : "700020394",
      "userLink" : "https://twitter.com/intent/user?user_id=700020394"
    }
  },
  {
    "follower" : {
      "accountId" : "700083772",
      "userLink" : "https://twitter.com/intent/user?user_id=700083772"
    }
  },
  {
    "follower" : {
      "accountId" : "700041422",
      "userLink" : "https://twitter.com/intent/user?user_id=700041422"
    }
  }
]