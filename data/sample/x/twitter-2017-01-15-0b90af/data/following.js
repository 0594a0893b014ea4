window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "700147773",
      "userLink" : "https://twitter.com/intent/user?user_id=700147773"
    }
  },
  {
    "following" : {
      "accountId" : "700016838",
      "userLink" : "https://twitter.com/intent/user?user_id=700016838"
    }
  },
  {
    "following" : {
      "accountId" : "700118492",
      "userLink" : "https://twitter.com/intent/user?user_id=700118492"
    }
  },
  {
    "following" : {
      "accountId" : "700128194",
      "userLink" : "https://twitter.com/intent/user?user_id=700128194"
    }
  },
  {
    "following" : {
      "accountId" : "700084402",
      "userLink" : "https://twitter.com/intent/user?user_id=700084402"
    }
  },
  {
    "following" : {
      "accountId" : "700087083",
      "userLink" : "https://twitter.com/intent/user?user_id=700087083"
    }
  },
  {
    "following" : {
      "accountId" : "700078060",
      "userLink" : "https://twitter.com/intent/user?user_id=700078060"
    }
  },
  {
    "following" : {
      "accountId" : "700091976",
      "userLink" : "https://twitter.com/intent/user?user_id=700091976"
    }
  },
  {
    "following" : {
      "accountId" : "700116532",
      "userLink" : "https://twitter.com/intent/user?user_id=700116532"
    }
  },
  {
    "following" : {
      "accountId" : "700041541",
      "userLink" : "https://twitter.com/intent/user?user_id=700041541"
    }
  },
  {
    "following" : {
      "accountId" : "700031573",
      "userLink" : "https://twitter.com/intent/user?user_id=700031573"
    }
  },
  {
    "following" : {
      "accountId" : "700114236",
      "userLink" : "https://twitter.com/intent/user?user_id=700114236"
    }
  },
  {
    "following" : {
      "accountId" : "700099809",
      "userLink" : "https://twitter.com/intent/user?user_id=700099809"
    }
  },
  {
    "following" : {
      "accountId" : "700020324",
      "userLink" : "https://twitter.com/intent/user?user_id=700020324"
    }
  },
  {
    "following" : {
      "accountId" : "700125100",
      "userLink" : "https://twitter.com/intent/user?user_id=700125100"
    }
  },
  {
    "following" : {
      "accountId" : "700128642",
      "userLink" : "https://twitter.com/intent/user?user_id=700128642"
    }
  },
  {
    "following" : {
      "accountId" : "700106228",
      "userLink" : "https://twitter.com/intent/user?user_id=700106228"
    }
  },
  {
    "following" : {
      "accountId" : "700033883",
      "userLink" : "https://twitter.com/intent/user?user_id=700033883"
    }
  },
  {
    "following" : {
      "accountId" : "700037635",
      "userLink" : "https://twitter.com/intent/user?user_id=700037635"
    }
  },
  {
    "following" : {
      "accountId" : "700101594",
      "userLink" : "https://twitter.com/intent/user?user_id=700101594"
    }
  },
  {
    "following" : {
      "accountId" : "700100922",
      "userLink" : "https://twitter.com/intent/user?user_id=700100922"
    }
  },
  {
    "following" : {
      "accountId" : "700154892",
      "userLink" : "https://twitter.com/intent/user?user_id=700154892"
    }
  },
  {
    "following" : {
      "accountId" : "700049976",
      "userLink" : "https://twitter.com/intent/user?user_id=700049976"
    }
  },
  {
    "following" : {
      "accountId" : "700145736",
      "userLink" : "https://twitter.com/intent/user?user_id=700145736"
    }
  },
  {
    "following" : {
      "accountId" : "700149439",
      "userLink" : "https://twitter.com/intent/user?user_id=700149439"
    }
  },
  {
    "following" : {
      "accountId" : "700038321",
      "userLink" : "https://twitter.com/intent/user?user_id=700038321"
    }
  },
  {
    "following" : {
      "accountId" : "700055086",
      "userLink" : "https://twitter.com/intent/user?user_id=700055086"
    }
  },
  {
    "following" : {
      "accountId" : "700108867",
      "userLink" : "https://twitter.com/intent/user?user_id=700108867"
    }
  },
  {
    "following" : {
      "accountId" : "700011714",
      "userLink" : "https://twitter.com/intent/user?user_id=700011714"
    }
  },
  {
    "following" : {
      "accountId" : "700141928",
      "userLink" : "https://twitter.com/intent/user?user_id=700141928"
    }
  },
  {
    "following" : {
      "accountId" : "700145897",
      "userLink" : "https://twitter.com/intent/user?user_id=700145897"
    }
  },
  {
    "following" : {
      "accountId" : "700016845",
      "userLink" : "https://twitter.com/intent/user?user_id=700016845"
    }
  },
  {
    "following" : {
      "accountId" : "700090576",
      "userLink" : "https://twitter.com/intent/user?user_id=700090576"
    }
  },
  {
    "following" : {
      "accountId" : "700037481",
      "userLink" : "https://twitter.com/intent/user?user_id=700037481"
    }
  },
  {
    "following" : {
      "accountId" : "700137280",
      "userLink" : "https://twitter.com/intent/user?user_id=700137280"
    }
  },
  {
    "following" : {
      "accountId" : "700050928",
      "userLink" : "https://twitter.com/intent/user?user_id=700050928"
    }
  },
  {
    "following" : {
      "accountId" : "700049318",
      "userLink" : "https://twitter.com/intent/user?user_id=700049318"
    }
  },
  {
    "following" : {
      "accountId" : "700059587",
      "userLink" : "https://twitter.com/intent/user?user_id=700059587"
    }
  },
  {
    "following" : {
      "accountId" : "700163215",
      "userLink" : "https://twitter.com/intent/user?user_id=700163215"
    }
  },
  {
    "following" : {
      "accountId" : "700116315",
      "userLink" : "https://twitter.com/intent/user?user_id=700116315"
    }
  },
  {
    "following" : {
      "accountId" : "700117806",
      "userLink" : "https://twitter.com/intent/user?user_id=700117806"
    }
  },
  {
    "following" : {
      "accountId" : "700064172",
      "userLink" : "https://twitter.com/intent/user?user_id=700064172"
    }
  },
  {
    "following" : {
      "accountId" : "700125590",
      "userLink" : "https://twitter.com/intent/user?user_id=700125590"
    }
  },
  {
    "following" : {
      "accountId" : "700019029",
      "userLink" : "https://twitter.com/intent/user?user_id=700019029"
    }
  },
  {
    "following" : {
      "accountId" : "700048037",
      "userLink" : "https://twitter.com/intent/user?user_id=700048037"
    }
  },
  {
    "following" : {
      "accountId" : "700082099",
      "userLink" : "https://twitter.com/intent/user?user_id=700082099"
    }
  },
  {
    "following" : {
      "accountId" : "700139667",
      "userLink" : "https://twitter.com/intent/user?user_id=700139667"
    }
  },
  {
    "following" : {
      "accountId" : "700094538",
      "userLink" : "https://twitter.com/intent/user?user_id=700094538"
    }
  },
  {
    "following" : {
      "accountId" : "700119626",
      "userLink" : "https://twitter.com/intent/user?user_id=700119626"
    }
  },
  {
    "following" : {
      "accountId" : "700143489",
      "userLink" : "https://twitter.com/intent/user?user_id=700143489"
    }
  },
  {
    "following" : {
      "accountId" : "700060077",
      "userLink" : "https://twitter.com/intent/user?user_id=700060077"
    }
  },
  {
    "following" : {
      "accountId" : "700098423",
      "userLink" : "https://twitter.com/intent/user?user_id=700098423"
    }
  },
  {
    "following" : {
      "accountId" : "700109868",
      "userLink" : "https://twitter.com/intent/user?user_id=700109868"
    }
  },
  {
    "following" : {
      "accountId" : "700067959",
      "userLink" : "https://twitter.com/intent/user?user_id=700067959"
    }
  },
  {
    "following" : {
      "accountId" : "700050046",
      "userLink" : "https://twitter.com/intent/user?user_id=700050046"
    }
  },
  {
    "following" : {
      "accountId" : "700155466",
      "userLink" : "https://twitter.com/intent/user?user_id=700155466"
    }
  },
  {
    "following" : {
      "accountId" : "700143874",
      "userLink" : "https://twitter.com/intent/user?user_id=700143874"
    }
  },
  {
    "following" : {
      "accountId" : "700160261",
      "userLink" : "https://twitter.com/intent/user?user_id=700160261"
    }
  },
  {
    "following" : {
      "accountId" : "700029788",
      "userLink" : "https://twitter.com/intent/user?user_id=700029788"
    }
  },
  {
    "following" : {
      "accountId" : "700049787",
      "userLink" : "https://twitter.com/intent/user?user_id=700049787"
    }
  },
  {
    "following" : {
      "accountId" : "700053980",
      "userLink" : "https://twitter.com/intent/user?user_id=700053980"
    }
  },
  {
    "following" : {
      "accountId" : "700154206",
      "userLink" : "https://twitter.com/intent/user?user_id=700154206"
    }
  },
  {
    "following" : {
      "accountId" : "700032217",
      "userLink" : "https://twitter.com/intent/user?user_id=700032217"
    }
  },
  {
    "following" : {
      "accountId" : "700095252",
      "userLink" : "https://twitter.com/intent/user?user_id=700095252"
    }
  },
  {
    "following" : {
      "accountId" : "700043270",
      "userLink" : "https://twitter.com/intent/user?user_id=700043270"
    }
  },
  {
    "following" : {
      "accountId" : "700048527",
      "userLink" : "https://twitter.com/intent/user?user_id=700048527"
    }
  },
  {
    "following" : {
      "accountId" : "700156803",
      "userLink" : "https://twitter.com/intent/user?user_id=700156803"
    }
  },
  {
    "following" : {
      "accountId" : "700073517",
      "userLink" : "https://twitter.com/intent/user?user_id=700073517"
    }
  },
  {
    "following" : {
      "accountId" : "700004294",
      "userLink" : "https://twitter.com/intent/user?user_id=700004294"
    }
  },
  {
    "following" : {
      "accountId" : "700016236",
      "userLink" : "https://twitter.com/intent/user?user_id=700016236"
    }
  },
  {
    "following" : {
      "accountId" : "700081273",
      "userLink" : "https://twitter.com/intent/user?user_id=700081273"
    }
  },
  {
    "following" : {
      "accountId" : "700145036",
      "userLink" : "https://twitter.com/intent/user?user_id=700145036"
    }
  },
  {
    "following" : {
      "accountId" : "700066090",
      "userLink" : "https://twitter.com/intent/user?user_id=700066090"
    }
  },
  {
    "following" : {
      "accountId" : "700058551",
      "userLink" : "https://twitter.com/intent/user?user_id=700058551"
    }
  },
  {
    "following" : {
      "accountId" : "700076989",
      "userLink" : "https://twitter.com/intent/user?user_id=700076989"
    }
  },
  {
    "following" : {
      "accountId" : "700109497",
      "userLink" : "https://twitter.com/intent/user?user_id=700109497"
    }
  },
  {
    "following" : {
      "accountId" : "700105290",
      "userLink" : "https://twitter.com/intent/user?user_id=700105290"
    }
  },
  {
    "following" : {
      "accountId" : "700125807",
      "userLink" : "https://twitter.com/intent/user?user_id=700125807"
    }
  },
  {
    "following" : {
      "accountId" : "700028129",
      "userLink" : "https://twitter.com/intent/user?user_id=700028129"
    }
  },
  {
    "following" : {
      "accountId" : "700109553",
      "userLink" : "https://twitter.com/intent/user?user_id=700109553"
    }
  },
  {
    "following" : {
      "accountId" : "700076401",
      "userLink" : "https://twitter.com/intent/user?user_id=700076401"
    }
  },
  {
    "following" : {
      "accountId" : "700028073",
      "userLink" : "https://twitter.com/intent/user?user_id=700028073"
    }
  },
  {
    "following" : {
      "accountId" : "700155711",
      "userLink" : "https://twitter.com/intent/user?user_id=700155711"
    }
  },
  {
    "following" : {
      "accountId" : "700089582",
      "userLink" : "https://twitter.com/intent/user?user_id=700089582"
    }
  },
  {
    "following" : {
      "accountId" : "700162032",
      "userLink" : "https://twitter.com/intent/user?user_id=700162032"
    }
  },
  {
    "following" : {
      "accountId" : "700144777",
      "userLink" : "https://twitter.com/intent/user?user_id=700144777"
    }
  },
  {
    "following" : {
      "accountId" : "700114509",
      "userLink" : "https://twitter.com/intent/user?user_id=700114509"
    }
  },
  {
    "following" : {
      "accountId" : "700078970",
      "userLink" : "https://twitter.com/intent/user?user_id=700078970"
    }
  },
  {
    "following" : {
      "accountId" : "700069128",
      "userLink" : "https://twitter.com/intent/user?user_id=700069128"
    }
  },
  {
    "following" : {
      "accountId" : "700042647",
      "userLink" : "https://twitter.com/intent/user?user_id=700042647"
    }
  },
  {
    "following" : {
      "accountId" : "700161311",
      "userLink" : "https://twitter.com/intent/user?user_id=700161311"
    }
  },
  {
    "following" : {
      "accountId" : "700133969",
      "userLink" : "https://twitter.com/intent/user?user_id=700133969"
    }
  },
  {
    "following" : {
      "accountId" : "700144028",
      "userLink" : "https://twitter.com/intent/user?user_id=700144028"
    }
  },
  {
    "following" : {
      "accountId" : "700103029",
      "userLink" : "https://twitter.com/intent/user?user_id=700103029"
    }
  },
  {
    "following" : {
      "accountId" : "700099620",
      "userLink" : "https://twitter.com/intent/user?user_id=700099620"
    }
  },
  {
    "following" : {
      "accountId" : "700020289",
      "userLink" : "https://twitter.com/intent/user?user_id=700020289"
    }
  },
  {
    "following" : {
      "accountId" : "700031888",
      "userLink" : "https://twitter.com/intent/user?user_id=700031888"
    }
  },
  {
    "following" : {
      "accountId" : "700067707",
      "userLink" : "https://twitter.com/intent/user?user_id=700067707"
    }
  },
  {
    "following" : {
      "accountId" : "700021101",
      "userLink" : "https://twitter.com/intent/user?user_id=700021101"
    }
  },
  {
    "following" : {
      "accountId" : "700041331",
      "userLink" : "https://twitter.com/intent/user?user_id=700041331"
    }
  },
  {
    "following" : {
      "accountId" : "700080055",
      "userLink" : "https://twitter.com/intent/user?user_id=700080055"
    }
  },
  {
    "following" : {
      "accountId" : "700065712",
      "userLink" : "https://twitter.com/intent/user?user_id=700065712"
    }
  },
  {
    "following" : {
      "accountId" : "700043837",
      "userLink" : "https://twitter.com/intent/user?user_id=700043837"
    }
  },
  {
    "following" : {
      "accountId" : "700077892",
      "userLink" : "https://twitter.com/intent/user?user_id=700077892"
    }
  },
  {
    "following" : {
      "accountId" : "700096764",
      "userLink" : "https://twitter.com/intent/user?user_id=700096764"
    }
  },
  {
    "following" : {
      "accountId" : "700103015",
      "userLink" : "https://twitter.com/intent/user?user_id=700103015"
    }
  },
  {
    "following" : {
      "accountId" : "700012302",
      "userLink" : "https://twitter.com/intent/user?user_id=700012302"
    }
  },
  {
    "following" : {
      "accountId" : "700060770",
      "userLink" : "https://twitter.com/intent/user?user_id=700060770"
    }
  },
  {
    "following" : {
      "accountId" : "700018245",
      "userLink" : "https://twitter.com/intent/user?user_id=700018245"
    }
  },
  {
    "following" : {
      "accountId" : "700096323",
      "userLink" : "https://twitter.com/intent/user?user_id=700096323"
    }
  },
  {
    "following" : {
      "accountId" : "700046336",
      "userLink" : "https://twitter.com/intent/user?user_id=700046336"
    }
  },
  {
    "following" : {
      "accountId" : "700156971",
      "userLink" : "https://twitter.com/intent/user?user_id=700156971"
    }
  },
  {
    "following" : {
      "accountId" : "700072992",
      "userLink" : "https://twitter.com/intent/user?user_id=700072992"
    }
  },
  {
    "following" : {
      "accountId" : "700126591",
      "userLink" : "https://twitter.com/intent/user?user_id=700126591"
    }
  },
  {
    "following" : {
      "accountId" : "700036515",
      "userLink" : "https://twitter.com/intent/user?user_id=700036515"
    }
  },
  {
    "following" : {
      "accountId" : "700156362",
      "userLink" : "https://twitter.com/intent/user?user_id=700156362"
    }
  },
  {
    "following" : {
      "accountId" : "700012057",
      "userLink" : "https://twitter.com/intent/user?user_id=700012057"
    }
  },
  {
    "following" : {
      "accountId" : "700039042",
      "userLink" : "https://twitter.com/intent/user?user_id=700039042"
    }
  },
  {
    "following" : {
      "accountId" : "700013149",
      "userLink" : "https://twitter.com/intent/user?user_id=700013149"
    }
  },
  {
    "following" : {
      "accountId" : "700135866",
      "userLink" : "https://twitter.com/intent/user?user_id=700135866"
    }
  },
  {
    "following" : {
      "accountId" : "700082631",
      "userLink" : "https://twitter.com/intent/user?user_id=700082631"
    }
  },
  {
    "following" : {
      "accountId" : "700102056",
      "userLink" : "https://twitter.com/intent/user?user_id=700102056"
    }
  },
  {
    "following" : {
      "accountId" : "700065789",
      "userLink" : "https://twitter.com/intent/user?user_id=700065789"
    }
  },
  {
    "following" : {
      "accountId" : "700063591",
      "userLink" : "https://twitter.com/intent/user?user_id=700063591"
    }
  },
  {
    "following" : {
      "accountId" : "700000654",
      "userLink" : "https://twitter.com/intent/user?user_id=700000654"
    }
  },
  {
    "following" : {
      "accountId" : "700138463",
      "userLink" : "https://twitter.com/intent/user?user_id=700138463"
    }
  },
  {
    "following" : {
      "accountId" : "700017251",
      "userLink" : "https://twitter.com/intent/user?user_id=700017251"
    }
  },
  {
    "following" : {
      "accountId" : "700037502",
      "userLink" : "https://twitter.com/intent/user?user_id=700037502"
    }
  },
  {
    "following" : {
      "accountId" : "700121397",
      "userLink" : "https://twitter.com/intent/user?user_id=700121397"
    }
  },
  {
    "following" : {
      "accountId" : "700032420",
      "userLink" : "https://twitter.com/intent/user?user_id=700032420"
    }
  },
  {
    "following" : {
      "accountId" : "700077696",
      "userLink" : "https://twitter.com/intent/user?user_id=700077696"
    }
  },
  {
    "following" : {
      "accountId" : "700136503",
      "userLink" : "https://twitter.com/intent/user?user_id=700136503"
    }
  },
  {
    "following" : {
      "accountId" : "700000472",
      "userLink" : "https://twitter.com/intent/user?user_id=700000472"
    }
  },
  {
    "following" : {
      "accountId" : "700040841",
      "userLink" : "https://twitter.com/intent/user?user_id=700040841"
    }
  },
  {
    "following" : {
      "accountId" : "700031370",
      "userLink" : "https://twitter.com/intent/user?user_id=700031370"
    }
  },
  {
    "following" : {
      "accountId" : "700135691",
      "userLink" : "https://twitter.com/intent/user?user_id=700135691"
    }
  },
  {
    "following" : {
      "accountId" : "700137098",
      "userLink" : "https://twitter.com/intent/user?user_id=700137098"
    }
  },
  {
    "following" : {
      "accountId" : "700141963",
      "userLink" : "https://twitter.com/intent/user?user_id=700141963"
    }
  },
  {
    "following" : {
      "accountId" : "700155858",
      "userLink" : "https://twitter.com/intent/user?user_id=700155858"
    }
  },
  {
    "following" : {
      "accountId" : "700094293",
      "userLink" : "https://twitter.com/intent/user?user_id=700094293"
    }
  },
  {
    "following" : {
      "accountId" : "700102434",
      "userLink" : "https://twitter.com/intent/user?user_id=700102434"
    }
  },
  {
    "following" : {
      "accountId" : "700131750",
      "userLink" : "https://twitter.com/intent/user?user_id=700131750"
    }
  },
  {
    "following" : {
      "accountId" : "700028465",
      "userLink" : "https://twitter.com/intent/user?user_id=700028465"
    }
  },
  {
    "following" : {
      "accountId" : "700027751",
      "userLink" : "https://twitter.com/intent/user?user_id=700027751"
    }
  },
  {
    "following" : {
      "accountId" : "700154612",
      "userLink" : "https://twitter.com/intent/user?user_id=700154612"
    }
  },
  {
    "following" : {
      "accountId" : "700022417",
      "userLink" : "https://twitter.com/intent/user?user_id=700022417"
    }
  },
  {
    "following" : {
      "accountId" : "700057627",
      "userLink" : "https://twitter.com/intent/user?user_id=700057627"
    }
  },
  {
    "following" : {
      "accountId" : "700133290",
      "userLink" : "https://twitter.com/intent/user?user_id=700133290"
    }
  },
  {
    "following" : {
      "accountId" : "700012946",
      "userLink" : "https://twitter.com/intent/user?user_id=700012946"
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
      "accountId" : "700071809",
      "userLink" : "https://twitter.com/intent/user?user_id=700071809"
    }
  },
  {
    "following" : {
      "accountId" : "700059349",
      "userLink" : "https://twitter.com/intent/user?user_id=700059349"
    }
  },
  {
    "following" : {
      "accountId" : "700078809",
      "userLink" : "https://twitter.com/intent/user?user_id=700078809"
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
      "accountId" : "700149229",
      "userLink" : "https://twitter.com/intent/user?user_id=700149229"
    }
  },
  {
    "following" : {
      "accountId" : "700154255",
      "userLink" : "https://twitter.com/intent/user?user_id=700154255"
    }
  },
  {
    "following" : {
      "accountId" : "700073335",
      "userLink" : "https://twitter.com/intent/user?user_id=700073335"
    }
  },
  {
    "following" : {
      "accountId" : "700001011",
      "userLink" : "https://twitter.com/intent/user?user_id=700001011"
    }
  },
  {
    "following" : {
      "accountId" : "700055660",
      "userLink" : "https://twitter.com/intent/user?user_id=700055660"
    }
  },
  {
    "following" : {
      "accountId" : "700009474",
      "userLink" : "https://twitter.com/intent/user?user_id=700009474"
    }
  },
  {
    "following" : {
      "accountId" : "700116434",
      "userLink" : "https://twitter.com/intent/user?user_id=700116434"
    }
  },
  {
    "following" : {
      "accountId" : "700101006",
      "userLink" : "https://twitter.com/intent/user?user_id=700101006"
    }
  },
  {
    "following" : {
      "accountId" : "700042262",
      "userLink" : "https://twitter.com/intent/user?user_id=700042262"
    }
  },
  {
    "following" : {
      "accountId" : "700158504",
      "userLink" : "https://twitter.com/intent/user?user_id=700158504"
    }
  },
  {
    "following" : {
      "accountId" : "700083618",
      "userLink" : "https://twitter.com/intent/user?user_id=700083618"
    }
  },
  {
    "following" : {
      "accountId" : "700076142",
      "userLink" : "https://twitter.com/intent/user?user_id=700076142"
    }
  },
  {
    "following" : {
      "accountId" : "700026155",
      "userLink" : "https://twitter.com/intent/user?user_id=700026155"
    }
  },
  {
    "following" : {
      "accountId" : "700159918",
      "userLink" : "https://twitter.com/intent/user?user_id=700159918"
    }
  },
  {
    "following" : {
      "accountId" : "700079663",
      "userLink" : "https://twitter.com/intent/user?user_id=700079663"
    }
  },
  {
    "following" : {
      "accountId" : "700162165",
      "userLink" : "https://twitter.com/intent/user?user_id=700162165"
    }
  },
  {
    "following" : {
      "accountId" : "700038937",
      "userLink" : "https://twitter.com/intent/user?user_id=700038937"
    }
  },
  {
    "following" : {
      "accountId" : "700010951",
      "userLink" : "https://twitter.com/intent/user?user_id=700010951"
    }
  },
  {
    "following" : {
      "accountId" : "700082603",
      "userLink" : "https://twitter.com/intent/user?user_id=700082603"
    }
  },
  {
    "following" : {
      "accountId" : "700045965",
      "userLink" : "https://twitter.com/intent/user?user_id=700045965"
    }
  },
  {
    "following" : {
      "accountId" : "700111821",
      "userLink" : "https://twitter.com/intent/user?user_id=700111821"
    }
  },
  {
    "following" : {
      "accountId" : "700123532",
      "userLink" : "https://twitter.com/intent/user?user_id=700123532"
    }
  },
  {
    "following" : {
      "accountId" : "700140514",
      "userLink" : "https://twitter.com/intent/user?user_id=700140514"
    }
  },
  {
    "following" : {
      "accountId" : "700139849",
      "userLink" : "https://twitter.com/intent/user?user_id=700139849"
    }
  },
  {
    "following" : {
      "accountId" : "700032665",
      "userLink" : "https://twitter.com/intent/user?user_id=700032665"
    }
  },
  {
    "following" : {
      "accountId" : "700047946",
      "userLink" : "https://twitter.com/intent/user?user_id=700047946"
    }
  },
  {
    "following" : {
      "accountId" : "700015095",
      "userLink" : "https://twitter.com/intent/user?user_id=700015095"
    }
  },
  {
    "following" : {
      "accountId" : "700096211",
      "userLink" : "https://twitter.com/intent/user?user_id=700096211"
    }
  },
  {
    "following" : {
      "accountId" : "700076793",
      "userLink" : "https://twitter.com/intent/user?user_id=700076793"
    }
  },
  {
    "following" : {
      "accountId" : "700033099",
      "userLink" : "https://twitter.com/intent/user?user_id=700033099"
    }
  },
  {
    "following" : {
      "accountId" : "700123658",
      "userLink" : "https://twitter.com/intent/user?user_id=700123658"
    }
  },
  {
    "following" : {
      "accountId" : "700108454",
      "userLink" : "https://twitter.com/intent/user?user_id=700108454"
    }
  },
  {
    "following" : {
      "accountId" : "700135194",
      "userLink" : "https://twitter.com/intent/user?user_id=700135194"
    }
  },
  {
    "following" : {
      "accountId" : "700116609",
      "userLink" : "https://twitter.com/intent/user?user_id=700116609"
    }
  },
  {
    "following" : {
      "accountId" : "700153786",
      "userLink" : "https://twitter.com/intent/user?user_id=700153786"
    }
  },
  {
    "following" : {
      "accountId" : "700005722",
      "userLink" : "https://twitter.com/intent/user?user_id=700005722"
    }
  },
  {
    "following" : {
      "accountId" : "700099102",
      "userLink" : "https://twitter.com/intent/user?user_id=700099102"
    }
  },
  {
    "following" : {
      "accountId" : "700023390",
      "userLink" : "https://twitter.com/intent/user?user_id=700023390"
    }
  },
  {
    "following" : {
      "accountId" : "700118695",
      "userLink" : "https://twitter.com/intent/user?user_id=700118695"
    }
  },
  {
    "following" : {
      "accountId" : "700021262",
      "userLink" : "https://twitter.com/intent/user?user_id=700021262"
    }
  },
  {
    "following" : {
      "accountId" : "700128019",
      "userLink" : "https://twitter.com/intent/user?user_id=700128019"
    }
  },
  {
    "following" : {
      "accountId" : "700078396",
      "userLink" : "https://twitter.com/intent/user?user_id=700078396"
    }
  },
  {
    "following" : {
      "accountId" : "700092697",
      "userLink" : "https://twitter.com/intent/user?user_id=700092697"
    }
  },
  {
    "following" : {
      "accountId" : "700080216",
      "userLink" : "https://twitter.com/intent/user?user_id=700080216"
    }
  },
  {
    "following" : {
      "accountId" : "700079684",
      "userLink" : "https://twitter.com/intent/user?user_id=700079684"
    }
  },
  {
    "following" : {
      "accountId" : "700097625",
      "userLink" : "https://twitter.com/intent/user?user_id=700097625"
    }
  },
  {
    "following" : {
      "accountId" : "700147626",
      "userLink" : "https://twitter.com/intent/user?user_id=700147626"
    }
  },
  {
    "following" : {
      "accountId" : "700001760",
      "userLink" : "https://twitter.com/intent/user?user_id=700001760"
    }
  },
  {
    "following" : {
      "accountId" : "700162648",
      "userLink" : "https://twitter.com/intent/user?user_id=700162648"
    }
  },
  {
    "following" : {
      "accountId" : "700139394",
      "userLink" : "https://twitter.com/intent/user?user_id=700139394"
    }
  },
  {
    "following" : {
      "accountId" : "700137336",
      "userLink" : "https://twitter.com/intent/user?user_id=700137336"
    }
  },
  {
    "following" : {
      "accountId" : "700091794",
      "userLink" : "https://twitter.com/intent/user?user_id=700091794"
    }
  },
  {
    "following" : {
      "accountId" : "700048079",
      "userLink" : "https://twitter.com/intent/user?user_id=700048079"
    }
  },
  {
    "following" : {
      "accountId" : "700087104",
      "userLink" : "https://twitter.com/intent/user?user_id=700087104"
    }
  },
  {
    "following" : {
      "accountId" : "700145400",
      "userLink" : "https://twitter.com/intent/user?user_id=700145400"
    }
  },
  {
    "following" : {
      "accountId" : "700089449",
      "userLink" : "https://twitter.com/intent/user?user_id=700089449"
    }
  },
  {
    "following" : {
      "accountId" : "700088406",
      "userLink" : "https://twitter.com/intent/user?user_id=700088406"
    }
  },
  {
    "following" : {
      "accountId" : "700151959",
      "userLink" : "https://twitter.com/intent/user?user_id=700151959"
    }
  },
  {
    "following" : {
      "accountId" : "700059972",
      "userLink" : "https://twitter.com/intent/user?user_id=700059972"
    }
  },
  {
    "following" : {
      "accountId" : "700099333",
      "userLink" : "https://twitter.com/intent/user?user_id=700099333"
    }
  },
  {
    "following" : {
      "accountId" : "700069793",
      "userLink" : "https://twitter.com/intent/user?user_id=700069793"
    }
  },
  {
    "following" : {
      "accountId" : "700020548",
      "userLink" : "https://twitter.com/intent/user?user_id=700020548"
    }
  },
  {
    "following" : {
      "accountId" : "700112304",
      "userLink" : "https://twitter.com/intent/user?user_id=700112304"
    }
  },
  {
    "following" : {
      "accountId" : "700076464",
      "userLink" : "https://twitter.com/intent/user?user_id=700076464"
    }
  },
  {
    "following" : {
      "accountId" : "700011028",
      "userLink" : "https://twitter.com/intent/user?user_id=700011028"
    }
  },
  {
    "following" : {
      "accountId" : "700036879",
      "userLink" : "https://twitter.com/intent/user?user_id=700036879"
    }
  },
  {
    "following" : {
      "accountId" : "700119031",
      "userLink" : "https://twitter.com/intent/user?user_id=700119031"
    }
  },
  {
    "following" : {
      "accountId" : "700091577",
      "userLink" : "https://twitter.com/intent/user?user_id=700091577"
    }
  },
  {
    "following" : {
      "accountId" : "700104163",
      "userLink" : "https://twitter.com/intent/user?user_id=700104163"
    }
  },
  {
    "following" : {
      "accountId" : "700035892",
      "userLink" : "https://twitter.com/intent/user?user_id=700035892"
    }
  },
  {
    "following" : {
      "accountId" : "700001067",
      "userLink" : "https://twitter.com/intent/user?user_id=700001067"
    }
  },
  {
    "following" : {
      "accountId" : "700107033",
      "userLink" : "https://twitter.com/intent/user?user_id=700107033"
    }
  },
  {
    "following" : {
      "accountId" : "700000675",
      "userLink" : "https://twitter.com/intent/user?user_id=700000675"
    }
  },
  {
    "following" : {
      "accountId" : "700031930",
      "userLink" : "https://twitter.com/intent/user?user_id=700031930"
    }
  },
  {
    "following" : {
      "accountId" : "700110127",
      "userLink" : "https://twitter.com/intent/user?user_id=700110127"
    }
  },
  {
    "following" : {
      "accountId" : "700039399",
      "userLink" : "https://twitter.com/intent/user?user_id=700039399"
    }
  },
  {
    "following" : {
      "accountId" : "700107082",
      "userLink" : "https://twitter.com/intent/user?user_id=700107082"
    }
  },
  {
    "following" : {
      "accountId" : "700079929",
      "userLink" : "https://twitter.com/intent/user?user_id=700079929"
    }
  },
  {
    "following" : {
      "accountId" : "700136629",
      "userLink" : "https://twitter.com/intent/user?user_id=700136629"
    }
  },
  {
    "following" : {
      "accountId" : "700067679",
      "userLink" : "https://twitter.com/intent/user?user_id=700067679"
    }
  },
  {
    "following" : {
      "accountId" : "700137959",
      "userLink" : "https://twitter.com/intent/user?user_id=700137959"
    }
  },
  {
    "following" : {
      "accountId" : "700133962",
      "userLink" : "https://twitter.com/intent/user?user_id=700133962"
    }
  },
  {
    "following" : {
      "accountId" : "700103582",
      "userLink" : "https://twitter.com/intent/user?user_id=700103582"
    }
  },
  {
    "following" : {
      "accountId" : "700135880",
      "userLink" : "https://twitter.com/intent/user?user_id=700135880"
    }
  },
  {
    "following" : {
      "accountId" : "700122888",
      "userLink" : "https://twitter.com/intent/user?user_id=700122888"
    }
  },
  {
    "following" : {
      "accountId" : "700032693",
      "userLink" : "https://twitter.com/intent/user?user_id=700032693"
    }
  },
  {
    "following" : {
      "accountId" : "700106326",
      "userLink" : "https://twitter.com/intent/user?user_id=700106326"
    }
  },
  {
    "following" : {
      "accountId" : "700060896",
      "userLink" : "https://twitter.com/intent/user?user_id=700060896"
    }
  },
  {
    "following" : {
      "accountId" : "700047064",
      "userLink" : "https://twitter.com/intent/user?user_id=700047064"
    }
  },
  {
    "following" : {
      "accountId" : "700018959",
      "userLink" : "https://twitter.com/intent/user?user_id=700018959"
    }
  },
  {
    "following" : {
      "accountId" : "700135915",
      "userLink" : "https://twitter.com/intent/user?user_id=700135915"
    }
  },
  {
    "following" : {
      "accountId" : "700077381",
      "userLink" : "https://twitter.com/intent/user?user_id=700077381"
    }
  },
  {
    "following" : {
      "accountId" : "700051103",
      "userLink" : "https://twitter.com/intent/user?user_id=700051103"
    }
  },
  {
    "following" : {
      "accountId" : "700124372",
      "userLink" : "https://twitter.com/intent/user?user_id=700124372"
    }
  },
  {
    "following" : {
      "accountId" : "700118604",
      "userLink" : "https://twitter.com/intent/user?user_id=700118604"
    }
  },
  {
    "following" : {
      "accountId" : "700149285",
      "userLink" : "https://twitter.com/intent/user?user_id=700149285"
    }
  },
  {
    "following" : {
      "accountId" : "700025147",
      "userLink" : "https://twitter.com/intent/user?user_id=700025147"
    }
  },
  {
    "following" : {
      "accountId" : "700075862",
      "userLink" : "https://twitter.com/intent/user?user_id=700075862"
    }
  },
  {
    "following" : {
      "accountId" : "700109112",
      "userLink" : "https://twitter.com/intent/user?user_id=700109112"
    }
  },
  {
    "following" : {
      "accountId" : "700119808",
      "userLink" : "https://twitter.com/intent/user?user_id=700119808"
    }
  },
  {
    "following" : {
      "accountId" : "700155725",
      "userLink" : "https://twitter.com/intent/user?user_id=700155725"
    }
  },
  {
    "following" : {
      "accountId" : "700016642",
      "userLink" : "https://twitter.com/intent/user?user_id=700016642"
    }
  },
  {
    "following" : {
      "accountId" : "700001361",
      "userLink" : "https://twitter.com/intent/user?user_id=700001361"
    }
  },
  {
    "following" : {
      "accountId" : "700054323",
      "userLink" : "https://twitter.com/intent/user?user_id=700054323"
    }
  },
  {
    "following" : {
      "accountId" : "700159736",
      "userLink" : "https://twitter.com/intent/user?user_id=700159736"
    }
  },
  {
    "following" : {
      "accountId" : "700078627",
      "userLink" : "https://twitter.com/intent/user?user_id=700078627"
    }
  },
  {
    "following" : {
      "accountId" : "700092725",
      "userLink" : "https://twitter.com/intent/user?user_id=700092725"
    }
  },
  {
    "following" : {
      "accountId" : "700148459",
      "userLink" : "https://twitter.com/intent/user?user_id=700148459"
    }
  },
  {
    "following" : {
      "accountId" : "700041107",
      "userLink" : "https://twitter.com/intent/user?user_id=700041107"
    }
  },
  {
    "following" : {
      "accountId" : "700109847",
      "userLink" : "https://twitter.com/intent/user?user_id=700109847"
    }
  },
  {
    "following" : {
      "accountId" : "700125177",
      "userLink" : "https://twitter.com/intent/user?user_id=700125177"
    }
  },
  {
    "following" : {
      "accountId" : "700085130",
      "userLink" : "https://twitter.com/intent/user?user_id=700085130"
    }
  },
  {
    "following" : {
      "accountId" : "700125121",
      "userLink" : "https://twitter.com/intent/user?user_id=700125121"
    }
  },
  {
    "following" : {
      "accountId" : "700108349",
      "userLink" : "https://twitter.com/intent/user?user_id=700108349"
    }
  },
  {
    "following" : {
      "accountId" : "700096701",
      "userLink" : "https://twitter.com/intent/user?user_id=700096701"
    }
  },
  {
    "following" : {
      "accountId" : "700026505",
      "userLink" : "https://twitter.com/intent/user?user_id=700026505"
    }
  },
  {
    "following" : {
      "accountId" : "700012708",
      "userLink" : "https://twitter.com/intent/user?user_id=700012708"
    }
  },
  {
    "following" : {
      "accountId" : "700093747",
      "userLink" : "https://twitter.com/intent/user?user_id=700093747"
    }
  },
  {
    "following" : {
      "accountId" : "700066510",
      "userLink" : "https://twitter.com/intent/user?user_id=700066510"
    }
  },
  {
    "following" : {
      "accountId" : "700153072",
      "userLink" : "https://twitter.com/intent/user?user_id=700153072"
    }
  },
  {
    "following" : {
      "accountId" : "700044509",
      "userLink" : "https://twitter.com/intent/user?user_id=700044509"
    }
  },
  {
    "following" : {
      "accountId" : "700128166",
      "userLink" : "https://twitter.com/intent/user?user_id=700128166"
    }
  },
  {
    "following" : {
      "accountId" : "700017860",
      "userLink" : "https://twitter.com/intent/user?user_id=700017860"
    }
  },
  {
    "following" : {
      "accountId" : "700069240",
      "userLink" : "https://twitter.com/intent/user?user_id=700069240"
    }
  },
  {
    "following" : {
      "accountId" : "700046826",
      "userLink" : "https://twitter.com/intent/user?user_id=700046826"
    }
  },
  {
    "following" : {
      "accountId" : "700117589",
      "userLink" : "https://twitter.com/intent/user?user_id=700117589"
    }
  },
  {
    "following" : {
      "accountId" : "700150461",
      "userLink" : "https://twitter.com/intent/user?user_id=700150461"
    }
  },
  {
    "following" : {
      "accountId" : "700147549",
      "userLink" : "https://twitter.com/intent/user?user_id=700147549"
    }
  },
  {
    "following" : {
      "accountId" : "700014402",
      "userLink" : "https://twitter.com/intent/user?user_id=700014402"
    }
  },
  {
    "following" : {
      "accountId" : "700031713",
      "userLink" : "https://twitter.com/intent/user?user_id=700031713"
    }
  },
  {
    "following" : {
      "accountId" : "700007850",
      "userLink" : "https://twitter.com/intent/user?user_id=700007850"
    }
  },
  {
    "following" : {
      "accountId" : "700056815",
      "userLink" : "https://twitter.com/intent/user?user_id=700056815"
    }
  },
  {
    "following" : {
      "accountId" : "700084171",
      "userLink" : "https://twitter.com/intent/user?user_id=700084171"
    }
  },
  {
    "following" : {
      "accountId" : "700035486",
      "userLink" : "https://twitter.com/intent/user?user_id=700035486"
    }
  },
  {
    "following" : {
      "accountId" : "700049143",
      "userLink" : "https://twitter.com/intent/user?user_id=700049143"
    }
  },
  {
    "following" : {
      "accountId" : "700136118",
      "userLink" : "https://twitter.com/intent/user?user_id=700136118"
    }
  },
  {
    "following" : {
      "accountId" : "700092389",
      "userLink" : "https://twitter.com/intent/user?user_id=700092389"
    }
  },
  {
    "following" : {
      "accountId" : "700090142",
      "userLink" : "https://twitter.com/intent/user?user_id=700090142"
    }
  },
  {
    "following" : {
      "accountId" : "700112584",
      "userLink" : "https://twitter.com/intent/user?user_id=700112584"
    }
  },
  {
    "following" : {
      "accountId" : "700042521",
      "userLink" : "https://twitter.com/intent/user?user_id=700042521"
    }
  },
  {
    "following" : {
      "accountId" : "700062296",
      "userLink" : "https://twitter.com/intent/user?user_id=700062296"
    }
  },
  {
    "following" : {
      "accountId" : "700077129",
      "userLink" : "https://twitter.com/intent/user?user_id=700077129"
    }
  },
  {
    "following" : {
      "accountId" : "700041072",
      "userLink" : "https://twitter.com/intent/user?user_id=700041072"
    }
  },
  {
    "following" : {
      "accountId" : "700131015",
      "userLink" : "https://twitter.com/intent/user?user_id=700131015"
    }
  },
  {
    "following" : {
      "accountId" : "700038818",
      "userLink" : "https://twitter.com/intent/user?user_id=700038818"
    }
  },
  {
    "following" : {
      "accountId" : "700050011",
      "userLink" : "https://twitter.com/intent/user?user_id=700050011"
    }
  },
  {
    "following" : {
      "accountId" : "700024293",
      "userLink" : "https://twitter.com/intent/user?user_id=700024293"
    }
  },
  {
    "following" : {
      "accountId" : "700087496",
      "userLink" : "https://twitter.com/intent/user?user_id=700087496"
    }
  },
  {
    "following" : {
      "accountId" : "700148235",
      "userLink" : "https://twitter.com/intent/user?user_id=700148235"
    }
  },
  {
    "following" : {
      "accountId" : "700114775",
      "userLink" : "https://twitter.com/intent/user?user_id=700114775"
    }
  },
  {
    "following" : {
      "accountId" : "700086691",
      "userLink" : "https://twitter.com/intent/user?user_id=700086691"
    }
  },
  {
    "following" : {
      "accountId" : "700009110",
      "userLink" : "https://twitter.com/intent/user?user_id=700009110"
    }
  },
  {
    "following" : {
      "accountId" : "700033904",
      "userLink" : "https://twitter.com/intent/user?user_id=700033904"
    }
  },
  {
    "following" : {
      "accountId" : "700056990",
      "userLink" : "https://twitter.com/intent/user?user_id=700056990"
    }
  },
  {
    "following" : {
      "accountId" : "700080797",
      "userLink" : "https://twitter.com/intent/user?user_id=700080797"
    }
  },
  {
    "following" : {
      "accountId" : "700066825",
      "userLink" : "https://twitter.com/intent/user?user_id=700066825"
    }
  },
  {
    "following" : {
      "accountId" : "700014892",
      "userLink" : "https://twitter.com/intent/user?user_id=700014892"
    }
  },
  {
    "following" : {
      "accountId" : "700009250",
      "userLink" : "https://twitter.com/intent/user?user_id=700009250"
    }
  },
  {
    "following" : {
      "accountId" : "700103561",
      "userLink" : "https://twitter.com/intent/user?user_id=700103561"
    }
  },
  {
    "following" : {
      "accountId" : "700024986",
      "userLink" : "https://twitter.com/intent/user?user_id=700024986"
    }
  },
  {
    "following" : {
      "accountId" : "700064802",
      "userLink" : "https://twitter.com/intent/user?user_id=700064802"
    }
  },
  {
    "following" : {
      "accountId" : "700076135",
      "userLink" : "https://twitter.com/intent/user?user_id=700076135"
    }
  },
  {
    "following" : {
      "accountId" : "700051873",
      "userLink" : "https://twitter.com/intent/user?user_id=700051873"
    }
  },
  {
    "following" : {
      "accountId" : "700072530",
      "userLink" : "https://twitter.com/intent/user?user_id=700072530"
    }
  },
  {
    "following" : {
      "accountId" : "700072719",
      "userLink" : "https://twitter.com/intent/user?user_id=700072719"
    }
  },
  {
    "following" : {
      "accountId" : "700093810",
      "userLink" : "https://twitter.com/intent/user?user_id=700093810"
    }
  },
  {
    "following" : {
      "accountId" : "700056052",
      "userLink" : "https://twitter.com/intent/user?user_id=700056052"
    }
  },
  {
    "following" : {
      "accountId" : "700114089",
      "userLink" : "https://twitter.com/intent/user?user_id=700114089"
    }
  },
  {
    "following" : {
      "accountId" : "700045888",
      "userLink" : "https://twitter.com/intent/user?user_id=700045888"
    }
  },
  {
    "following" : {
      "accountId" : "700124540",
      "userLink" : "https://twitter.com/intent/user?user_id=700124540"
    }
  },
  {
    "following" : {
      "accountId" : "700133402",
      "userLink" : "https://twitter.com/intent/user?user_id=700133402"
    }
  },
  {
    "following" : {
      "accountId" : "700023663",
      "userLink" : "https://twitter.com/intent/user?user_id=700023663"
    }
  },
  {
    "following" : {
      "accountId" : "700076149",
      "userLink" : "https://twitter.com/intent/user?user_id=700076149"
    }
  },
  {
    "following" : {
      "accountId" : "700125863",
      "userLink" : "https://twitter.com/intent/user?user_id=700125863"
    }
  },
  {
    "following" : {
      "accountId" : "700018812",
      "userLink" : "https://twitter.com/intent/user?user_id=700018812"
    }
  },
  {
    "following" : {
      "accountId" : "700135593",
      "userLink" : "https://twitter.com/intent/user?user_id=700135593"
    }
  },
  {
    "following" : {
      "accountId" : "700054771",
      "userLink" : "https://twitter.com/intent/user?user_id=700054771"
    }
  },
  {
    "following" : {
      "accountId" : "700146891",
      "userLink" : "https://twitter.com/intent/user?user_id=700146891"
    }
  },
  {
    "following" : {
      "accountId" : "700067462",
      "userLink" : "https://twitter.com/intent/user?user_id=700067462"
    }
  },
  {
    "following" : {
      "accountId" : "700124869",
      "userLink" : "https://twitter.com/intent/user?user_id=700124869"
    }
  }
]