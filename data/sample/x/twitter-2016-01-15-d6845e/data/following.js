window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "700105318",
      "userLink" : "https://twitter.com/intent/user?user_id=700105318"
    }
  },
  {
    "following" : {
      "accountId" : "700031363",
      "userLink" : "https://twitter.com/intent/user?user_id=700031363"
    }
  },
  {
    "following" : {
      "accountId" : "700128607",
      "userLink" : "https://twitter.com/intent/user?user_id=700128607"
    }
  },
  {
    "following" : {
      "accountId" : "700021094",
      "userLink" : "https://twitter.com/intent/user?user_id=700021094"
    }
  },
  {
    "following" : {
      "accountId" : "700068001",
      "userLink" : "https://twitter.com/intent/user?user_id=700068001"
    }
  },
  {
    "following" : {
      "accountId" : "700152484",
      "userLink" : "https://twitter.com/intent/user?user_id=700152484"
    }
  },
  {
    "following" : {
      "accountId" : "700111121",
      "userLink" : "https://twitter.com/intent/user?user_id=700111121"
    }
  },
  {
    "following" : {
      "accountId" : "700123574",
      "userLink" : "https://twitter.com/intent/user?user_id=700123574"
    }
  },
  {
    "following" : {
      "accountId" : "700133605",
      "userLink" : "https://twitter.com/intent/user?user_id=700133605"
    }
  },
  {
    "following" : {
      "accountId" : "700106221",
      "userLink" : "https://twitter.com/intent/user?user_id=700106221"
    }
  },
  {
    "following" : {
      "accountId" : "700133255",
      "userLink" : "https://twitter.com/intent/user?user_id=700133255"
    }
  },
  {
    "following" : {
      "accountId" : "700000038",
      "userLink" : "https://twitter.com/intent/user?user_id=700000038"
    }
  },
  {
    "following" : {
      "accountId" : "700079180",
      "userLink" : "https://twitter.com/intent/user?user_id=700079180"
    }
  },
  {
    "following" : {
      "accountId" : "700078389",
      "userLink" : "https://twitter.com/intent/user?user_id=700078389"
    }
  },
  {
    "following" : {
      "accountId" : "700051929",
      "userLink" : "https://twitter.com/intent/user?user_id=700051929"
    }
  },
  {
    "following" : {
      "accountId" : "700032119",
      "userLink" : "https://twitter.com/intent/user?user_id=700032119"
    }
  },
  {
    "following" : {
      "accountId" : "700079040",
      "userLink" : "https://twitter.com/intent/user?user_id=700079040"
    }
  },
  {
    "following" : {
      "accountId" : "700139177",
      "userLink" : "https://twitter.com/intent/user?user_id=700139177"
    }
  },
  {
    "following" : {
      "accountId" : "700158049",
      "userLink" : "https://twitter.com/intent/user?user_id=700158049"
    }
  },
  {
    "following" : {
      "accountId" : "700126486",
      "userLink" : "https://twitter.com/intent/user?user_id=700126486"
    }
  },
  {
    "following" : {
      "accountId" : "700028850",
      "userLink" : "https://twitter.com/intent/user?user_id=700028850"
    }
  },
  {
    "following" : {
      "accountId" : "700024468",
      "userLink" : "https://twitter.com/intent/user?user_id=700024468"
    }
  },
  {
    "following" : {
      "accountId" : "700109182",
      "userLink" : "https://twitter.com/intent/user?user_id=700109182"
    }
  },
  {
    "following" : {
      "accountId" : "700106620",
      "userLink" : "https://twitter.com/intent/user?user_id=700106620"
    }
  },
  {
    "following" : {
      "accountId" : "700098486",
      "userLink" : "https://twitter.com/intent/user?user_id=700098486"
    }
  },
  {
    "following" : {
      "accountId" : "700098353",
      "userLink" : "https://twitter.com/intent/user?user_id=700098353"
    }
  },
  {
    "following" : {
      "accountId" : "700158763",
      "userLink" : "https://twitter.com/intent/user?user_id=700158763"
    }
  },
  {
    "following" : {
      "accountId" : "700042843",
      "userLink" : "https://twitter.com/intent/user?user_id=700042843"
    }
  },
  {
    "following" : {
      "accountId" : "700021941",
      "userLink" : "https://twitter.com/intent/user?user_id=700021941"
    }
  },
  {
    "following" : {
      "accountId" : "700037019",
      "userLink" : "https://twitter.com/intent/user?user_id=700037019"
    }
  },
  {
    "following" : {
      "accountId" : "700118940",
      "userLink" : "https://twitter.com/intent/user?user_id=700118940"
    }
  },
  {
    "following" : {
      "accountId" : "700082393",
      "userLink" : "https://twitter.com/intent/user?user_id=700082393"
    }
  },
  {
    "following" : {
      "accountId" : "700028199",
      "userLink" : "https://twitter.com/intent/user?user_id=700028199"
    }
  },
  {
    "following" : {
      "accountId" : "700095224",
      "userLink" : "https://twitter.com/intent/user?user_id=700095224"
    }
  },
  {
    "following" : {
      "accountId" : "700097023",
      "userLink" : "https://twitter.com/intent/user?user_id=700097023"
    }
  },
  {
    "following" : {
      "accountId" : "700159225",
      "userLink" : "https://twitter.com/intent/user?user_id=700159225"
    }
  },
  {
    "following" : {
      "accountId" : "700151112",
      "userLink" : "https://twitter.com/intent/user?user_id=700151112"
    }
  },
  {
    "following" : {
      "accountId" : "700066195",
      "userLink" : "https://twitter.com/intent/user?user_id=700066195"
    }
  },
  {
    "following" : {
      "accountId" : "700156873",
      "userLink" : "https://twitter.com/intent/user?user_id=700156873"
    }
  },
  {
    "following" : {
      "accountId" : "700026575",
      "userLink" : "https://twitter.com/intent/user?user_id=700026575"
    }
  },
  {
    "following" : {
      "accountId" : "700125842",
      "userLink" : "https://twitter.com/intent/user?user_id=700125842"
    }
  },
  {
    "following" : {
      "accountId" : "700078291",
      "userLink" : "https://twitter.com/intent/user?user_id=700078291"
    }
  },
  {
    "following" : {
      "accountId" : "700046329",
      "userLink" : "https://twitter.com/intent/user?user_id=700046329"
    }
  },
  {
    "following" : {
      "accountId" : "700040526",
      "userLink" : "https://twitter.com/intent/user?user_id=700040526"
    }
  },
  {
    "following" : {
      "accountId" : "700112577",
      "userLink" : "https://twitter.com/intent/user?user_id=700112577"
    }
  },
  {
    "following" : {
      "accountId" : "700134291",
      "userLink" : "https://twitter.com/intent/user?user_id=700134291"
    }
  },
  {
    "following" : {
      "accountId" : "700005778",
      "userLink" : "https://twitter.com/intent/user?user_id=700005778"
    }
  },
  {
    "following" : {
      "accountId" : "700048331",
      "userLink" : "https://twitter.com/intent/user?user_id=700048331"
    }
  },
  {
    "following" : {
      "accountId" : "700086474",
      "userLink" : "https://twitter.com/intent/user?user_id=700086474"
    }
  },
  {
    "following" : {
      "accountId" : "700060616",
      "userLink" : "https://twitter.com/intent/user?user_id=700060616"
    }
  },
  {
    "following" : {
      "accountId" : "700061400",
      "userLink" : "https://twitter.com/intent/user?user_id=700061400"
    }
  },
  {
    "following" : {
      "accountId" : "700039217",
      "userLink" : "https://twitter.com/intent/user?user_id=700039217"
    }
  },
  {
    "following" : {
      "accountId" : "700156523",
      "userLink" : "https://twitter.com/intent/user?user_id=700156523"
    }
  },
  {
    "following" : {
      "accountId" : "700093586",
      "userLink" : "https://twitter.com/intent/user?user_id=700093586"
    }
  },
  {
    "following" : {
      "accountId" : "700091668",
      "userLink" : "https://twitter.com/intent/user?user_id=700091668"
    }
  },
  {
    "following" : {
      "accountId" : "700027247",
      "userLink" : "https://twitter.com/intent/user?user_id=700027247"
    }
  },
  {
    "following" : {
      "accountId" : "700008830",
      "userLink" : "https://twitter.com/intent/user?user_id=700008830"
    }
  },
  {
    "following" : {
      "accountId" : "700035150",
      "userLink" : "https://twitter.com/intent/user?user_id=700035150"
    }
  },
  {
    "following" : {
      "accountId" : "700108769",
      "userLink" : "https://twitter.com/intent/user?user_id=700108769"
    }
  },
  {
    "following" : {
      "accountId" : "700122769",
      "userLink" : "https://twitter.com/intent/user?user_id=700122769"
    }
  },
  {
    "following" : {
      "accountId" : "700132408",
      "userLink" : "https://twitter.com/intent/user?user_id=700132408"
    }
  },
  {
    "following" : {
      "accountId" : "700027079",
      "userLink" : "https://twitter.com/intent/user?user_id=700027079"
    }
  },
  {
    "following" : {
      "accountId" : "700021647",
      "userLink" : "https://twitter.com/intent/user?user_id=700021647"
    }
  },
  {
    "following" : {
      "accountId" : "700094125",
      "userLink" : "https://twitter.com/intent/user?user_id=700094125"
    }
  },
  {
    "following" : {
      "accountId" : "700113347",
      "userLink" : "https://twitter.com/intent/user?user_id=700113347"
    }
  },
  {
    "following" : {
      "accountId" : "700066783",
      "userLink" : "https://twitter.com/intent/user?user_id=700066783"
    }
  },
  {
    "following" : {
      "accountId" : "700114061",
      "userLink" : "https://twitter.com/intent/user?user_id=700114061"
    }
  },
  {
    "following" : {
      "accountId" : "700031139",
      "userLink" : "https://twitter.com/intent/user?user_id=700031139"
    }
  },
  {
    "following" : {
      "accountId" : "700147647",
      "userLink" : "https://twitter.com/intent/user?user_id=700147647"
    }
  },
  {
    "following" : {
      "accountId" : "700002460",
      "userLink" : "https://twitter.com/intent/user?user_id=700002460"
    }
  },
  {
    "following" : {
      "accountId" : "700121677",
      "userLink" : "https://twitter.com/intent/user?user_id=700121677"
    }
  },
  {
    "following" : {
      "accountId" : "700156488",
      "userLink" : "https://twitter.com/intent/user?user_id=700156488"
    }
  },
  {
    "following" : {
      "accountId" : "700015970",
      "userLink" : "https://twitter.com/intent/user?user_id=700015970"
    }
  },
  {
    "following" : {
      "accountId" : "700064417",
      "userLink" : "https://twitter.com/intent/user?user_id=700064417"
    }
  },
  {
    "following" : {
      "accountId" : "700111464",
      "userLink" : "https://twitter.com/intent/user?user_id=700111464"
    }
  },
  {
    "following" : {
      "accountId" : "700146583",
      "userLink" : "https://twitter.com/intent/user?user_id=700146583"
    }
  },
  {
    "following" : {
      "accountId" : "700141368",
      "userLink" : "https://twitter.com/intent/user?user_id=700141368"
    }
  },
  {
    "following" : {
      "accountId" : "700004392",
      "userLink" : "https://twitter.com/intent/user?user_id=700004392"
    }
  },
  {
    "following" : {
      "accountId" : "700009026",
      "userLink" : "https://twitter.com/intent/user?user_id=700009026"
    }
  },
  {
    "following" : {
      "accountId" : "700151525",
      "userLink" : "https://twitter.com/intent/user?user_id=700151525"
    }
  },
  {
    "following" : {
      "accountId" : "700120991",
      "userLink" : "https://twitter.com/intent/user?user_id=700120991"
    }
  },
  {
    "following" : {
      "accountId" : "700013730",
      "userLink" : "https://twitter.com/intent/user?user_id=700013730"
    }
  },
  {
    "following" : {
      "accountId" : "700009012",
      "userLink" : "https://twitter.com/intent/user?user_id=700009012"
    }
  },
  {
    "following" : {
      "accountId" : "700014787",
      "userLink" : "https://twitter.com/intent/user?user_id=700014787"
    }
  },
  {
    "following" : {
      "accountId" : "700003412",
      "userLink" : "https://twitter.com/intent/user?user_id=700003412"
    }
  },
  {
    "following" : {
      "accountId" : "700021465",
      "userLink" : "https://twitter.com/intent/user?user_id=700021465"
    }
  },
  {
    "following" : {
      "accountId" : "700073174",
      "userLink" : "https://twitter.com/intent/user?user_id=700073174"
    }
  },
  {
    "following" : {
      "accountId" : "700034464",
      "userLink" : "https://twitter.com/intent/user?user_id=700034464"
    }
  },
  {
    "following" : {
      "accountId" : "700076898",
      "userLink" : "https://twitter.com/intent/user?user_id=700076898"
    }
  },
  {
    "following" : {
      "accountId" : "700161360",
      "userLink" : "https://twitter.com/intent/user?user_id=700161360"
    }
  },
  {
    "following" : {
      "accountId" : "700135299",
      "userLink" : "https://twitter.com/intent/user?user_id=700135299"
    }
  },
  {
    "following" : {
      "accountId" : "700108237",
      "userLink" : "https://twitter.com/intent/user?user_id=700108237"
    }
  },
  {
    "following" : {
      "accountId" : "700103925",
      "userLink" : "https://twitter.com/intent/user?user_id=700103925"
    }
  },
  {
    "following" : {
      "accountId" : "700051047",
      "userLink" : "https://twitter.com/intent/user?user_id=700051047"
    }
  },
  {
    "following" : {
      "accountId" : "700107201",
      "userLink" : "https://twitter.com/intent/user?user_id=700107201"
    }
  },
  {
    "following" : {
      "accountId" : "700041429",
      "userLink" : "https://twitter.com/intent/user?user_id=700041429"
    }
  },
  {
    "following" : {
      "accountId" : "700104296",
      "userLink" : "https://twitter.com/intent/user?user_id=700104296"
    }
  },
  {
    "following" : {
      "accountId" : "700052783",
      "userLink" : "https://twitter.com/intent/user?user_id=700052783"
    }
  },
  {
    "following" : {
      "accountId" : "700045384",
      "userLink" : "https://twitter.com/intent/user?user_id=700045384"
    }
  },
  {
    "following" : {
      "accountId" : "700022095",
      "userLink" : "https://twitter.com/intent/user?user_id=700022095"
    }
  },
  {
    "following" : {
      "accountId" : "700111709",
      "userLink" : "https://twitter.com/intent/user?user_id=700111709"
    }
  },
  {
    "following" : {
      "accountId" : "700020947",
      "userLink" : "https://twitter.com/intent/user?user_id=700020947"
    }
  },
  {
    "following" : {
      "accountId" : "700101909",
      "userLink" : "https://twitter.com/intent/user?user_id=700101909"
    }
  },
  {
    "following" : {
      "accountId" : "700062072",
      "userLink" : "https://twitter.com/intent/user?user_id=700062072"
    }
  },
  {
    "following" : {
      "accountId" : "700066594",
      "userLink" : "https://twitter.com/intent/user?user_id=700066594"
    }
  },
  {
    "following" : {
      "accountId" : "700098976",
      "userLink" : "https://twitter.com/intent/user?user_id=700098976"
    }
  },
  {
    "following" : {
      "accountId" : "700040869",
      "userLink" : "https://twitter.com/intent/user?user_id=700040869"
    }
  },
  {
    "following" : {
      "accountId" : "700056913",
      "userLink" : "https://twitter.com/intent/user?user_id=700056913"
    }
  },
  {
    "following" : {
      "accountId" : "700091906",
      "userLink" : "https://twitter.com/intent/user?user_id=700091906"
    }
  },
  {
    "following" : {
      "accountId" : "700090520",
      "userLink" : "https://twitter.com/intent/user?user_id=700090520"
    }
  },
  {
    "following" : {
      "accountId" : "700066489",
      "userLink" : "https://twitter.com/intent/user?user_id=700066489"
    }
  },
  {
    "following" : {
      "accountId" : "700110722",
      "userLink" : "https://twitter.com/intent/user?user_id=700110722"
    }
  },
  {
    "following" : {
      "accountId" : "700069198",
      "userLink" : "https://twitter.com/intent/user?user_id=700069198"
    }
  },
  {
    "following" : {
      "accountId" : "700159519",
      "userLink" : "https://twitter.com/intent/user?user_id=700159519"
    }
  },
  {
    "following" : {
      "accountId" : "700134102",
      "userLink" : "https://twitter.com/intent/user?user_id=700134102"
    }
  },
  {
    "following" : {
      "accountId" : "700064312",
      "userLink" : "https://twitter.com/intent/user?user_id=700064312"
    }
  },
  {
    "following" : {
      "accountId" : "700017524",
      "userLink" : "https://twitter.com/intent/user?user_id=700017524"
    }
  },
  {
    "following" : {
      "accountId" : "700052272",
      "userLink" : "https://twitter.com/intent/user?user_id=700052272"
    }
  },
  {
    "following" : {
      "accountId" : "700161388",
      "userLink" : "https://twitter.com/intent/user?user_id=700161388"
    }
  },
  {
    "following" : {
      "accountId" : "700053063",
      "userLink" : "https://twitter.com/intent/user?user_id=700053063"
    }
  },
  {
    "following" : {
      "accountId" : "700107320",
      "userLink" : "https://twitter.com/intent/user?user_id=700107320"
    }
  },
  {
    "following" : {
      "accountId" : "700063514",
      "userLink" : "https://twitter.com/intent/user?user_id=700063514"
    }
  },
  {
    "following" : {
      "accountId" : "700029011",
      "userLink" : "https://twitter.com/intent/user?user_id=700029011"
    }
  },
  {
    "following" : {
      "accountId" : "700055884",
      "userLink" : "https://twitter.com/intent/user?user_id=700055884"
    }
  },
  {
    "following" : {
      "accountId" : "700153534",
      "userLink" : "https://twitter.com/intent/user?user_id=700153534"
    }
  },
  {
    "following" : {
      "accountId" : "700135551",
      "userLink" : "https://twitter.com/intent/user?user_id=700135551"
    }
  },
  {
    "following" : {
      "accountId" : "700130938",
      "userLink" : "https://twitter.com/intent/user?user_id=700130938"
    }
  },
  {
    "following" : {
      "accountId" : "700128292",
      "userLink" : "https://twitter.com/intent/user?user_id=700128292"
    }
  },
  {
    "following" : {
      "accountId" : "700108069",
      "userLink" : "https://twitter.com/intent/user?user_id=700108069"
    }
  },
  {
    "following" : {
      "accountId" : "700145813",
      "userLink" : "https://twitter.com/intent/user?user_id=700145813"
    }
  },
  {
    "following" : {
      "accountId" : "700122608",
      "userLink" : "https://twitter.com/intent/user?user_id=700122608"
    }
  },
  {
    "following" : {
      "accountId" : "700016432",
      "userLink" : "https://twitter.com/intent/user?user_id=700016432"
    }
  },
  {
    "following" : {
      "accountId" : "700154017",
      "userLink" : "https://twitter.com/intent/user?user_id=700154017"
    }
  },
  {
    "following" : {
      "accountId" : "700085487",
      "userLink" : "https://twitter.com/intent/user?user_id=700085487"
    }
  },
  {
    "following" : {
      "accountId" : "700016271",
      "userLink" : "https://twitter.com/intent/user?user_id=700016271"
    }
  },
  {
    "following" : {
      "accountId" : "700045650",
      "userLink" : "https://twitter.com/intent/user?user_id=700045650"
    }
  },
  {
    "following" : {
      "accountId" : "700074378",
      "userLink" : "https://twitter.com/intent/user?user_id=700074378"
    }
  },
  {
    "following" : {
      "accountId" : "700137560",
      "userLink" : "https://twitter.com/intent/user?user_id=700137560"
    }
  },
  {
    "following" : {
      "accountId" : "700080475",
      "userLink" : "https://twitter.com/intent/user?user_id=700080475"
    }
  },
  {
    "following" : {
      "accountId" : "700043592",
      "userLink" : "https://twitter.com/intent/user?user_id=700043592"
    }
  },
  {
    "following" : {
      "accountId" : "700131190",
      "userLink" : "https://twitter.com/intent/user?user_id=700131190"
    }
  },
  {
    "following" : {
      "accountId" : "700125961",
      "userLink" : "https://twitter.com/intent/user?user_id=700125961"
    }
  },
  {
    "following" : {
      "accountId" : "700144679",
      "userLink" : "https://twitter.com/intent/user?user_id=700144679"
    }
  },
  {
    "following" : {
      "accountId" : "700001235",
      "userLink" : "https://twitter.com/intent/user?user_id=700001235"
    }
  },
  {
    "following" : {
      "accountId" : "700006898",
      "userLink" : "https://twitter.com/intent/user?user_id=700006898"
    }
  },
  {
    "following" : {
      "accountId" : "700077661",
      "userLink" : "https://twitter.com/intent/user?user_id=700077661"
    }
  },
  {
    "following" : {
      "accountId" : "700110911",
      "userLink" : "https://twitter.com/intent/user?user_id=700110911"
    }
  },
  {
    "following" : {
      "accountId" : "700008480",
      "userLink" : "https://twitter.com/intent/user?user_id=700008480"
    }
  },
  {
    "following" : {
      "accountId" : "700080713",
      "userLink" : "https://twitter.com/intent/user?user_id=700080713"
    }
  },
  {
    "following" : {
      "accountId" : "700042234",
      "userLink" : "https://twitter.com/intent/user?user_id=700042234"
    }
  },
  {
    "following" : {
      "accountId" : "700125758",
      "userLink" : "https://twitter.com/intent/user?user_id=700125758"
    }
  },
  {
    "following" : {
      "accountId" : "700101769",
      "userLink" : "https://twitter.com/intent/user?user_id=700101769"
    }
  },
  {
    "following" : {
      "accountId" : "700019743",
      "userLink" : "https://twitter.com/intent/user?user_id=700019743"
    }
  },
  {
    "following" : {
      "accountId" : "700090982",
      "userLink" : "https://twitter.com/intent/user?user_id=700090982"
    }
  },
  {
    "following" : {
      "accountId" : "700121369",
      "userLink" : "https://twitter.com/intent/user?user_id=700121369"
    }
  },
  {
    "following" : {
      "accountId" : "700123105",
      "userLink" : "https://twitter.com/intent/user?user_id=700123105"
    }
  },
  {
    "following" : {
      "accountId" : "700007829",
      "userLink" : "https://twitter.com/intent/user?user_id=700007829"
    }
  },
  {
    "following" : {
      "accountId" : "700078879",
      "userLink" : "https://twitter.com/intent/user?user_id=700078879"
    }
  },
  {
    "following" : {
      "accountId" : "700118590",
      "userLink" : "https://twitter.com/intent/user?user_id=700118590"
    }
  },
  {
    "following" : {
      "accountId" : "700051369",
      "userLink" : "https://twitter.com/intent/user?user_id=700051369"
    }
  },
  {
    "following" : {
      "accountId" : "700047127",
      "userLink" : "https://twitter.com/intent/user?user_id=700047127"
    }
  },
  {
    "following" : {
      "accountId" : "700076611",
      "userLink" : "https://twitter.com/intent/user?user_id=700076611"
    }
  },
  {
    "following" : {
      "accountId" : "700073412",
      "userLink" : "https://twitter.com/intent/user?user_id=700073412"
    }
  },
  {
    "following" : {
      "accountId" : "700029662",
      "userLink" : "https://twitter.com/intent/user?user_id=700029662"
    }
  },
  {
    "following" : {
      "accountId" : "700156614",
      "userLink" : "https://twitter.com/intent/user?user_id=700156614"
    }
  },
  {
    "following" : {
      "accountId" : "700043802",
      "userLink" : "https://twitter.com/intent/user?user_id=700043802"
    }
  },
  {
    "following" : {
      "accountId" : "700115447",
      "userLink" : "https://twitter.com/intent/user?user_id=700115447"
    }
  },
  {
    "following" : {
      "accountId" : "700126269",
      "userLink" : "https://twitter.com/intent/user?user_id=700126269"
    }
  },
  {
    "following" : {
      "accountId" : "700098178",
      "userLink" : "https://twitter.com/intent/user?user_id=700098178"
    }
  },
  {
    "following" : {
      "accountId" : "700095014",
      "userLink" : "https://twitter.com/intent/user?user_id=700095014"
    }
  },
  {
    "following" : {
      "accountId" : "700033281",
      "userLink" : "https://twitter.com/intent/user?user_id=700033281"
    }
  },
  {
    "following" : {
      "accountId" : "700125856",
      "userLink" : "https://twitter.com/intent/user?user_id=700125856"
    }
  },
  {
    "following" : {
      "accountId" : "700080860",
      "userLink" : "https://twitter.com/intent/user?user_id=700080860"
    }
  },
  {
    "following" : {
      "accountId" : "700121635",
      "userLink" : "https://twitter.com/intent/user?user_id=700121635"
    }
  },
  {
    "following" : {
      "accountId" : "700149677",
      "userLink" : "https://twitter.com/intent/user?user_id=700149677"
    }
  },
  {
    "following" : {
      "accountId" : "700081462",
      "userLink" : "https://twitter.com/intent/user?user_id=700081462"
    }
  },
  {
    "following" : {
      "accountId" : "700033085",
      "userLink" : "https://twitter.com/intent/user?user_id=700033085"
    }
  },
  {
    "following" : {
      "accountId" : "700026183",
      "userLink" : "https://twitter.com/intent/user?user_id=700026183"
    }
  },
  {
    "following" : {
      "accountId" : "700014605",
      "userLink" : "https://twitter.com/intent/user?user_id=700014605"
    }
  },
  {
    "following" : {
      "accountId" : "700031433",
      "userLink" : "https://twitter.com/intent/user?user_id=700031433"
    }
  },
  {
    "following" : {
      "accountId" : "700099886",
      "userLink" : "https://twitter.com/intent/user?user_id=700099886"
    }
  },
  {
    "following" : {
      "accountId" : "700102889",
      "userLink" : "https://twitter.com/intent/user?user_id=700102889"
    }
  },
  {
    "following" : {
      "accountId" : "700015627",
      "userLink" : "https://twitter.com/intent/user?user_id=700015627"
    }
  },
  {
    "following" : {
      "accountId" : "700018042",
      "userLink" : "https://twitter.com/intent/user?user_id=700018042"
    }
  },
  {
    "following" : {
      "accountId" : "700020394",
      "userLink" : "https://twitter.com/intent/user?user_id=700020394"
    }
  },
  {
    "following" : {
      "accountId" : "700096008",
      "userLink" : "https://twitter.com/intent/user?user_id=700096008"
    }
  }
]