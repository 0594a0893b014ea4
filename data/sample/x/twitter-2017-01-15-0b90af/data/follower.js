window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "700078060",
      "userLink" : "https://twitter.com/intent/user?user_id=700078060"
    }
  },
  {
    "follower" : {
      "accountId" : "700147773",
      "userLink" : "https://twitter.com/intent/user?user_id=700147773"
    }
  },
  {
    "follower" : {
      "accountId" : "700085389",
      "userLink" : "https://twitter.com/intent/user?user_id=700085389"
    }
  },
  {
    "follower" : {
      "accountId" : "700087083",
      "userLink" : "https://twitter.com/intent/user?user_id=700087083"
    }
  },
  {
    "follower" : {
      "accountId" : "700031573",
      "userLink" : "https://twitter.com/intent/user?user_id=700031573"
    }
  },
  {
    "follower" : {
      "accountId" : "700125100",
      "userLink" : "https://twitter.com/intent/user?user_id=700125100"
    }
  },
  {
    "follower" : {
      "accountId" : "700008627",
      "userLink" : "https://twitter.com/intent/user?user_id=700008627"
    }
  },
  {
    "follower" : {
      "accountId" : "700106228",
      "userLink" : "https://twitter.com/intent/user?user_id=700106228"
    }
  },
  {
    "follower" : {
      "accountId" : "700122258",
      "userLink" : "https://twitter.com/intent/user?user_id=700122258"
    }
  },
  {
    "follower" : {
      "accountId" : "700101594",
      "userLink" : "https://twitter.com/intent/user?user_id=700101594"
    }
  },
  {
    "follower" : {
      "accountId" : "700100922",
      "userLink" : "https://twitter.com/intent/user?user_id=700100922"
    }
  },
  {
    "follower" : {
      "accountId" : "700085697",
      "userLink" : "https://twitter.com/intent/user?user_id=700085697"
    }
  },
  {
    "follower" : {
      "accountId" : "700149439",
      "userLink" : "https://twitter.com/intent/user?user_id=700149439"
    }
  },
  {
    "follower" : {
      "accountId" : "700020667",
      "userLink" : "https://twitter.com/intent/user?user_id=700020667"
    }
  },
  {
    "follower" : {
      "accountId" : "700055086",
      "userLink" : "https://twitter.com/intent/user?user_id=700055086"
    }
  },
  {
    "follower" : {
      "accountId" : "700154892",
      "userLink" : "https://twitter.com/intent/user?user_id=700154892"
    }
  },
  {
    "follower" : {
      "accountId" : "700081728",
      "userLink" : "https://twitter.com/intent/user?user_id=700081728"
    }
  },
  {
    "follower" : {
      "accountId" : "700108867",
      "userLink" : "https://twitter.com/intent/user?user_id=700108867"
    }
  },
  {
    "follower" : {
      "accountId" : "700141928",
      "userLink" : "https://twitter.com/intent/user?user_id=700141928"
    }
  },
  {
    "follower" : {
      "accountId" : "700030558",
      "userLink" : "https://twitter.com/intent/user?user_id=700030558"
    }
  },
  {
    "follower" : {
      "accountId" : "700149600",
      "userLink" : "https://twitter.com/intent/user?user_id=700149600"
    }
  },
  {
    "follower" : {
      "accountId" : "700059587",
      "userLink" : "https://twitter.com/intent/user?user_id=700059587"
    }
  },
  {
    "follower" : {
      "accountId" : "700080111",
      "userLink" : "https://twitter.com/intent/user?user_id=700080111"
    }
  },
  {
    "follower" : {
      "accountId" : "700037481",
      "userLink" : "https://twitter.com/intent/user?user_id=700037481"
    }
  },
  {
    "follower" : {
      "accountId" : "700013744",
      "userLink" : "https://twitter.com/intent/user?user_id=700013744"
    }
  },
  {
    "follower" : {
      "accountId" : "700116315",
      "userLink" : "https://twitter.com/intent/user?user_id=700116315"
    }
  },
  {
    "follower" : {
      "accountId" : "700056584",
      "userLink" : "https://twitter.com/intent/user?user_id=700056584"
    }
  },
  {
    "follower" : {
      "accountId" : "700072320",
      "userLink" : "https://twitter.com/intent/user?user_id=700072320"
    }
  },
  {
    "follower" : {
      "accountId" : "700136475",
      "userLink" : "https://twitter.com/intent/user?user_id=700136475"
    }
  },
  {
    "follower" : {
      "accountId" : "700074749",
      "userLink" : "https://twitter.com/intent/user?user_id=700074749"
    }
  },
  {
    "follower" : {
      "accountId" : "700134900",
      "userLink" : "https://twitter.com/intent/user?user_id=700134900"
    }
  },
  {
    "follower" : {
      "accountId" : "700152330",
      "userLink" : "https://twitter.com/intent/user?user_id=700152330"
    }
  },
  {
    "follower" : {
      "accountId" : "700048037",
      "userLink" : "https://twitter.com/intent/user?user_id=700048037"
    }
  },
  {
    "follower" : {
      "accountId" : "700079026",
      "userLink" : "https://twitter.com/intent/user?user_id=700079026"
    }
  },
  {
    "follower" : {
      "accountId" : "700139667",
      "userLink" : "https://twitter.com/intent/user?user_id=700139667"
    }
  },
  {
    "follower" : {
      "accountId" : "700082099",
      "userLink" : "https://twitter.com/intent/user?user_id=700082099"
    }
  },
  {
    "follower" : {
      "accountId" : "700094538",
      "userLink" : "https://twitter.com/intent/user?user_id=700094538"
    }
  },
  {
    "follower" : {
      "accountId" : "700119626",
      "userLink" : "https://twitter.com/intent/user?user_id=700119626"
    }
  },
  {
    "follower" : {
      "accountId" : "700067959",
      "userLink" : "https://twitter.com/intent/user?user_id=700067959"
    }
  },
  {
    "follower" : {
      "accountId" : "700050046",
      "userLink" : "https://twitter.com/intent/user?user_id=700050046"
    }
  },
  {
    "follower" : {
      "accountId" : "700060077",
      "userLink" : "https://twitter.com/intent/user?user_id=700060077"
    }
  },
  {
    "follower" : {
      "accountId" : "700143874",
      "userLink" : "https://twitter.com/intent/user?user_id=700143874"
    }
  },
  {
    "follower" : {
      "accountId" : "700029788",
      "userLink" : "https://twitter.com/intent/user?user_id=700029788"
    }
  },
  {
    "follower" : {
      "accountId" : "700049787",
      "userLink" : "https://twitter.com/intent/user?user_id=700049787"
    }
  },
  {
    "follower" : {
      "accountId" : "700043270",
      "userLink" : "https://twitter.com/intent/user?user_id=700043270"
    }
  },
  {
    "follower" : {
      "accountId" : "700048527",
      "userLink" : "https://twitter.com/intent/user?user_id=700048527"
    }
  },
  {
    "follower" : {
      "accountId" : "700081273",
      "userLink" : "https://twitter.com/intent/user?user_id=700081273"
    }
  },
  {
    "follower" : {
      "accountId" : "700154206",
      "userLink" : "https://twitter.com/intent/user?user_id=700154206"
    }
  },
  {
    "follower" : {
      "accountId" : "700004294",
      "userLink" : "https://twitter.com/intent/user?user_id=700004294"
    }
  },
  {
    "follower" : {
      "accountId" : "700018791",
      "userLink" : "https://twitter.com/intent/user?user_id=700018791"
    }
  },
  {
    "follower" : {
      "accountId" : "700145036",
      "userLink" : "https://twitter.com/intent/user?user_id=700145036"
    }
  },
  {
    "follower" : {
      "accountId" : "700076989",
      "userLink" : "https://twitter.com/intent/user?user_id=700076989"
    }
  },
  {
    "follower" : {
      "accountId" : "700156012",
      "userLink" : "https://twitter.com/intent/user?user_id=700156012"
    }
  },
  {
    "follower" : {
      "accountId" : "700109553",
      "userLink" : "https://twitter.com/intent/user?user_id=700109553"
    }
  },
  {
    "follower" : {
      "accountId" : "700003601",
      "userLink" : "https://twitter.com/intent/user?user_id=700003601"
    }
  },
  {
    "follower" : {
      "accountId" : "700028073",
      "userLink" : "https://twitter.com/intent/user?user_id=700028073"
    }
  },
  {
    "follower" : {
      "accountId" : "700117939",
      "userLink" : "https://twitter.com/intent/user?user_id=700117939"
    }
  },
  {
    "follower" : {
      "accountId" : "700089582",
      "userLink" : "https://twitter.com/intent/user?user_id=700089582"
    }
  },
  {
    "follower" : {
      "accountId" : "700133969",
      "userLink" : "https://twitter.com/intent/user?user_id=700133969"
    }
  },
  {
    "follower" : {
      "accountId" : "700144777",
      "userLink" : "https://twitter.com/intent/user?user_id=700144777"
    }
  },
  {
    "follower" : {
      "accountId" : "700069128",
      "userLink" : "https://twitter.com/intent/user?user_id=700069128"
    }
  },
  {
    "follower" : {
      "accountId" : "700004868",
      "userLink" : "https://twitter.com/intent/user?user_id=700004868"
    }
  },
  {
    "follower" : {
      "accountId" : "700042647",
      "userLink" : "https://twitter.com/intent/user?user_id=700042647"
    }
  },
  {
    "follower" : {
      "accountId" : "700020289",
      "userLink" : "https://twitter.com/intent/user?user_id=700020289"
    }
  },
  {
    "follower" : {
      "accountId" : "700077892",
      "userLink" : "https://twitter.com/intent/user?user_id=700077892"
    }
  },
  {
    "follower" : {
      "accountId" : "700080055",
      "userLink" : "https://twitter.com/intent/user?user_id=700080055"
    }
  },
  {
    "follower" : {
      "accountId" : "700064039",
      "userLink" : "https://twitter.com/intent/user?user_id=700064039"
    }
  },
  {
    "follower" : {
      "accountId" : "700043837",
      "userLink" : "https://twitter.com/intent/user?user_id=700043837"
    }
  },
  {
    "follower" : {
      "accountId" : "700163369",
      "userLink" : "https://twitter.com/intent/user?user_id=700163369"
    }
  },
  {
    "follower" : {
      "accountId" : "700060770",
      "userLink" : "https://twitter.com/intent/user?user_id=700060770"
    }
  },
  {
    "follower" : {
      "accountId" : "700018245",
      "userLink" : "https://twitter.com/intent/user?user_id=700018245"
    }
  },
  {
    "follower" : {
      "accountId" : "700046336",
      "userLink" : "https://twitter.com/intent/user?user_id=700046336"
    }
  },
  {
    "follower" : {
      "accountId" : "700072992",
      "userLink" : "https://twitter.com/intent/user?user_id=700072992"
    }
  },
  {
    "follower" : {
      "accountId" : "700096323",
      "userLink" : "https://twitter.com/intent/user?user_id=700096323"
    }
  },
  {
    "follower" : {
      "accountId" : "700156362",
      "userLink" : "https://twitter.com/intent/user?user_id=700156362"
    }
  },
  {
    "follower" : {
      "accountId" : "700053490",
      "userLink" : "https://twitter.com/intent/user?user_id=700053490"
    }
  },
  {
    "follower" : {
      "accountId" : "700082631",
      "userLink" : "https://twitter.com/intent/user?user_id=700082631"
    }
  },
  {
    "follower" : {
      "accountId" : "700056703",
      "userLink" : "https://twitter.com/intent/user?user_id=700056703"
    }
  },
  {
    "follower" : {
      "accountId" : "700013149",
      "userLink" : "https://twitter.com/intent/user?user_id=700013149"
    }
  },
  {
    "follower" : {
      "accountId" : "700065789",
      "userLink" : "https://twitter.com/intent/user?user_id=700065789"
    }
  },
  {
    "follower" : {
      "accountId" : "700017251",
      "userLink" : "https://twitter.com/intent/user?user_id=700017251"
    }
  },
  {
    "follower" : {
      "accountId" : "700037502",
      "userLink" : "https://twitter.com/intent/user?user_id=700037502"
    }
  },
  {
    "follower" : {
      "accountId" : "700121397",
      "userLink" : "https://twitter.com/intent/user?user_id=700121397"
    }
  },
  {
    "follower" : {
      "accountId" : "700063591",
      "userLink" : "https://twitter.com/intent/user?user_id=700063591"
    }
  },
  {
    "follower" : {
      "accountId" : "700077696",
      "userLink" : "https://twitter.com/intent/user?user_id=700077696"
    }
  },
  {
    "follower" : {
      "accountId" : "700136503",
      "userLink" : "https://twitter.com/intent/user?user_id=700136503"
    }
  },
  {
    "follower" : {
      "accountId" : "700111436",
      "userLink" : "https://twitter.com/intent/user?user_id=700111436"
    }
  },
  {
    "follower" : {
      "accountId" : "700071046",
      "userLink" : "https://twitter.com/intent/user?user_id=700071046"
    }
  },
  {
    "follower" : {
      "accountId" : "700102434",
      "userLink" : "https://twitter.com/intent/user?user_id=700102434"
    }
  },
  {
    "follower" : {
      "accountId" : "700071809",
      "userLink" : "https://twitter.com/intent/user?user_id=700071809"
    }
  },
  {
    "follower" : {
      "accountId" : "700154612",
      "userLink" : "https://twitter.com/intent/user?user_id=700154612"
    }
  },
  {
    "follower" : {
      "accountId" : "700057627",
      "userLink" : "https://twitter.com/intent/user?user_id=700057627"
    }
  },
  {
    "follower" : {
      "accountId" : "700133290",
      "userLink" : "https://twitter.com/intent/user?user_id=700133290"
    }
  },
  {
    "follower" : {
      "accountId" : "700059349",
      "userLink" : "https://twitter.com/intent/user?user_id=700059349"
    }
  },
  {
    "follower" : {
      "accountId" : "700099760",
      "userLink" : "https://twitter.com/intent/user?user_id=700099760"
    }
  },
  {
    "follower" : {
      "accountId" : "700112689",
      "userLink" : "https://twitter.com/intent/user?user_id=700112689"
    }
  },
  {
    "follower" : {
      "accountId" : "700055660",
      "userLink" : "https://twitter.com/intent/user?user_id=700055660"
    }
  },
  {
    "follower" : {
      "accountId" : "700121565",
      "userLink" : "https://twitter.com/intent/user?user_id=700121565"
    }
  },
  {
    "follower" : {
      "accountId" : "700131106",
      "userLink" : "https://twitter.com/intent/user?user_id=700131106"
    }
  },
  {
    "follower" : {
      "accountId" : "700083618",
      "userLink" : "https://twitter.com/intent/user?user_id=700083618"
    }
  },
  {
    "follower" : {
      "accountId" : "700143461",
      "userLink" : "https://twitter.com/intent/user?user_id=700143461"
    }
  },
  {
    "follower" : {
      "accountId" : "700102672",
      "userLink" : "https://twitter.com/intent/user?user_id=700102672"
    }
  },
  {
    "follower" : {
      "accountId" : "700123532",
      "userLink" : "https://twitter.com/intent/user?user_id=700123532"
    }
  },
  {
    "follower" : {
      "accountId" : "700139849",
      "userLink" : "https://twitter.com/intent/user?user_id=700139849"
    }
  },
  {
    "follower" : {
      "accountId" : "700029613",
      "userLink" : "https://twitter.com/intent/user?user_id=700029613"
    }
  },
  {
    "follower" : {
      "accountId" : "700096211",
      "userLink" : "https://twitter.com/intent/user?user_id=700096211"
    }
  },
  {
    "follower" : {
      "accountId" : "700076793",
      "userLink" : "https://twitter.com/intent/user?user_id=700076793"
    }
  },
  {
    "follower" : {
      "accountId" : "700021262",
      "userLink" : "https://twitter.com/intent/user?user_id=700021262"
    }
  },
  {
    "follower" : {
      "accountId" : "700001256",
      "userLink" : "https://twitter.com/intent/user?user_id=700001256"
    }
  },
  {
    "follower" : {
      "accountId" : "700005722",
      "userLink" : "https://twitter.com/intent/user?user_id=700005722"
    }
  },
  {
    "follower" : {
      "accountId" : "700125611",
      "userLink" : "https://twitter.com/intent/user?user_id=700125611"
    }
  },
  {
    "follower" : {
      "accountId" : "700099102",
      "userLink" : "https://twitter.com/intent/user?user_id=700099102"
    }
  },
  {
    "follower" : {
      "accountId" : "700010853",
      "userLink" : "https://twitter.com/intent/user?user_id=700010853"
    }
  },
  {
    "follower" : {
      "accountId" : "700078396",
      "userLink" : "https://twitter.com/intent/user?user_id=700078396"
    }
  },
  {
    "follower" : {
      "accountId" : "700092697",
      "userLink" : "https://twitter.com/intent/user?user_id=700092697"
    }
  },
  {
    "follower" : {
      "accountId" : "700080216",
      "userLink" : "https://twitter.com/intent/user?user_id=700080216"
    }
  },
  {
    "follower" : {
      "accountId" : "700089967",
      "userLink" : "https://twitter.com/intent/user?user_id=700089967"
    }
  },
  {
    "follower" : {
      "accountId" : "700097625",
      "userLink" : "https://twitter.com/intent/user?user_id=700097625"
    }
  },
  {
    "follower" : {
      "accountId" : "700095000",
      "userLink" : "https://twitter.com/intent/user?user_id=700095000"
    }
  },
  {
    "follower" : {
      "accountId" : "700139394",
      "userLink" : "https://twitter.com/intent/user?user_id=700139394"
    }
  },
  {
    "follower" : {
      "accountId" : "700001760",
      "userLink" : "https://twitter.com/intent/user?user_id=700001760"
    }
  },
  {
    "follower" : {
      "accountId" : "700162648",
      "userLink" : "https://twitter.com/intent/user?user_id=700162648"
    }
  },
  {
    "follower" : {
      "accountId" : "700048079",
      "userLink" : "https://twitter.com/intent/user?user_id=700048079"
    }
  },
  {
    "follower" : {
      "accountId" : "700087104",
      "userLink" : "https://twitter.com/intent/user?user_id=700087104"
    }
  },
  {
    "follower" : {
      "accountId" : "700046042",
      "userLink" : "https://twitter.com/intent/user?user_id=700046042"
    }
  },
  {
    "follower" : {
      "accountId" : "700089449",
      "userLink" : "https://twitter.com/intent/user?user_id=700089449"
    }
  },
  {
    "follower" : {
      "accountId" : "700007444",
      "userLink" : "https://twitter.com/intent/user?user_id=700007444"
    }
  },
  {
    "follower" : {
      "accountId" : "700081308",
      "userLink" : "https://twitter.com/intent/user?user_id=700081308"
    }
  },
  {
    "follower" : {
      "accountId" : "700088406",
      "userLink" : "https://twitter.com/intent/user?user_id=700088406"
    }
  },
  {
    "follower" : {
      "accountId" : "700151959",
      "userLink" : "https://twitter.com/intent/user?user_id=700151959"
    }
  },
  {
    "follower" : {
      "accountId" : "700059972",
      "userLink" : "https://twitter.com/intent/user?user_id=700059972"
    }
  },
  {
    "follower" : {
      "accountId" : "700046098",
      "userLink" : "https://twitter.com/intent/user?user_id=700046098"
    }
  },
  {
    "follower" : {
      "accountId" : "700044586",
      "userLink" : "https://twitter.com/intent/user?user_id=700044586"
    }
  },
  {
    "follower" : {
      "accountId" : "700112304",
      "userLink" : "https://twitter.com/intent/user?user_id=700112304"
    }
  },
  {
    "follower" : {
      "accountId" : "700011028",
      "userLink" : "https://twitter.com/intent/user?user_id=700011028"
    }
  },
  {
    "follower" : {
      "accountId" : "700076464",
      "userLink" : "https://twitter.com/intent/user?user_id=700076464"
    }
  },
  {
    "follower" : {
      "accountId" : "700119031",
      "userLink" : "https://twitter.com/intent/user?user_id=700119031"
    }
  },
  {
    "follower" : {
      "accountId" : "700078571",
      "userLink" : "https://twitter.com/intent/user?user_id=700078571"
    }
  },
  {
    "follower" : {
      "accountId" : "700035892",
      "userLink" : "https://twitter.com/intent/user?user_id=700035892"
    }
  },
  {
    "follower" : {
      "accountId" : "700107033",
      "userLink" : "https://twitter.com/intent/user?user_id=700107033"
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
      "accountId" : "700031930",
      "userLink" : "https://twitter.com/intent/user?user_id=700031930"
    }
  },
  {
    "follower" : {
      "accountId" : "700039399",
      "userLink" : "https://twitter.com/intent/user?user_id=700039399"
    }
  },
  {
    "follower" : {
      "accountId" : "700020961",
      "userLink" : "https://twitter.com/intent/user?user_id=700020961"
    }
  },
  {
    "follower" : {
      "accountId" : "700000675",
      "userLink" : "https://twitter.com/intent/user?user_id=700000675"
    }
  },
  {
    "follower" : {
      "accountId" : "700107082",
      "userLink" : "https://twitter.com/intent/user?user_id=700107082"
    }
  },
  {
    "follower" : {
      "accountId" : "700078480",
      "userLink" : "https://twitter.com/intent/user?user_id=700078480"
    }
  },
  {
    "follower" : {
      "accountId" : "700079929",
      "userLink" : "https://twitter.com/intent/user?user_id=700079929"
    }
  },
  {
    "follower" : {
      "accountId" : "700010566",
      "userLink" : "https://twitter.com/intent/user?user_id=700010566"
    }
  },
  {
    "follower" : {
      "accountId" : "700136629",
      "userLink" : "https://twitter.com/intent/user?user_id=700136629"
    }
  },
  {
    "follower" : {
      "accountId" : "700137959",
      "userLink" : "https://twitter.com/intent/user?user_id=700137959"
    }
  },
  {
    "follower" : {
      "accountId" : "700122888",
      "userLink" : "https://twitter.com/intent/user?user_id=700122888"
    }
  },
  {
    "follower" : {
      "accountId" : "700103582",
      "userLink" : "https://twitter.com/intent/user?user_id=700103582"
    }
  },
  {
    "follower" : {
      "accountId" : "700110029",
      "userLink" : "https://twitter.com/intent/user?user_id=700110029"
    }
  },
  {
    "follower" : {
      "accountId" : "700060896",
      "userLink" : "https://twitter.com/intent/user?user_id=700060896"
    }
  },
  {
    "follower" : {
      "accountId" : "700018959",
      "userLink" : "https://twitter.com/intent/user?user_id=700018959"
    }
  },
  {
    "follower" : {
      "accountId" : "700077381",
      "userLink" : "https://twitter.com/intent/user?user_id=700077381"
    }
  },
  {
    "follower" : {
      "accountId" : "700135915",
      "userLink" : "https://twitter.com/intent/user?user_id=700135915"
    }
  },
  {
    "follower" : {
      "accountId" : "700051103",
      "userLink" : "https://twitter.com/intent/user?user_id=700051103"
    }
  },
  {
    "follower" : {
      "accountId" : "700141046",
      "userLink" : "https://twitter.com/intent/user?user_id=700141046"
    }
  },
  {
    "follower" : {
      "accountId" : "700124372",
      "userLink" : "https://twitter.com/intent/user?user_id=700124372"
    }
  },
  {
    "follower" : {
      "accountId" : "700134578",
      "userLink" : "https://twitter.com/intent/user?user_id=700134578"
    }
  },
  {
    "follower" : {
      "accountId" : "700118604",
      "userLink" : "https://twitter.com/intent/user?user_id=700118604"
    }
  },
  {
    "follower" : {
      "accountId" : "700149285",
      "userLink" : "https://twitter.com/intent/user?user_id=700149285"
    }
  },
  {
    "follower" : {
      "accountId" : "700082568",
      "userLink" : "https://twitter.com/intent/user?user_id=700082568"
    }
  },
  {
    "follower" : {
      "accountId" : "700016250",
      "userLink" : "https://twitter.com/intent/user?user_id=700016250"
    }
  },
  {
    "follower" : {
      "accountId" : "700153576",
      "userLink" : "https://twitter.com/intent/user?user_id=700153576"
    }
  },
  {
    "follower" : {
      "accountId" : "700081371",
      "userLink" : "https://twitter.com/intent/user?user_id=700081371"
    }
  },
  {
    "follower" : {
      "accountId" : "700025147",
      "userLink" : "https://twitter.com/intent/user?user_id=700025147"
    }
  },
  {
    "follower" : {
      "accountId" : "700075862",
      "userLink" : "https://twitter.com/intent/user?user_id=700075862"
    }
  },
  {
    "follower" : {
      "accountId" : "700109112",
      "userLink" : "https://twitter.com/intent/user?user_id=700109112"
    }
  },
  {
    "follower" : {
      "accountId" : "700119808",
      "userLink" : "https://twitter.com/intent/user?user_id=700119808"
    }
  },
  {
    "follower" : {
      "accountId" : "700016642",
      "userLink" : "https://twitter.com/intent/user?user_id=700016642"
    }
  },
  {
    "follower" : {
      "accountId" : "700051670",
      "userLink" : "https://twitter.com/intent/user?user_id=700051670"
    }
  },
  {
    "follower" : {
      "accountId" : "700071991",
      "userLink" : "https://twitter.com/intent/user?user_id=700071991"
    }
  },
  {
    "follower" : {
      "accountId" : "700072439",
      "userLink" : "https://twitter.com/intent/user?user_id=700072439"
    }
  },
  {
    "follower" : {
      "accountId" : "700155725",
      "userLink" : "https://twitter.com/intent/user?user_id=700155725"
    }
  },
  {
    "follower" : {
      "accountId" : "700054323",
      "userLink" : "https://twitter.com/intent/user?user_id=700054323"
    }
  },
  {
    "follower" : {
      "accountId" : "700001361",
      "userLink" : "https://twitter.com/intent/user?user_id=700001361"
    }
  },
  {
    "follower" : {
      "accountId" : "700159736",
      "userLink" : "https://twitter.com/intent/user?user_id=700159736"
    }
  },
  {
    "follower" : {
      "accountId" : "700008417",
      "userLink" : "https://twitter.com/intent/user?user_id=700008417"
    }
  },
  {
    "follower" : {
      "accountId" : "700092725",
      "userLink" : "https://twitter.com/intent/user?user_id=700092725"
    }
  },
  {
    "follower" : {
      "accountId" : "700129839",
      "userLink" : "https://twitter.com/intent/user?user_id=700129839"
    }
  },
  {
    "follower" : {
      "accountId" : "700148459",
      "userLink" : "https://twitter.com/intent/user?user_id=700148459"
    }
  },
  {
    "follower" : {
      "accountId" : "700041107",
      "userLink" : "https://twitter.com/intent/user?user_id=700041107"
    }
  },
  {
    "follower" : {
      "accountId" : "700125177",
      "userLink" : "https://twitter.com/intent/user?user_id=700125177"
    }
  },
  {
    "follower" : {
      "accountId" : "700085130",
      "userLink" : "https://twitter.com/intent/user?user_id=700085130"
    }
  },
  {
    "follower" : {
      "accountId" : "700125121",
      "userLink" : "https://twitter.com/intent/user?user_id=700125121"
    }
  },
  {
    "follower" : {
      "accountId" : "700057123",
      "userLink" : "https://twitter.com/intent/user?user_id=700057123"
    }
  },
  {
    "follower" : {
      "accountId" : "700026505",
      "userLink" : "https://twitter.com/intent/user?user_id=700026505"
    }
  },
  {
    "follower" : {
      "accountId" : "700108349",
      "userLink" : "https://twitter.com/intent/user?user_id=700108349"
    }
  },
  {
    "follower" : {
      "accountId" : "700132366",
      "userLink" : "https://twitter.com/intent/user?user_id=700132366"
    }
  },
  {
    "follower" : {
      "accountId" : "700091773",
      "userLink" : "https://twitter.com/intent/user?user_id=700091773"
    }
  },
  {
    "follower" : {
      "accountId" : "700012708",
      "userLink" : "https://twitter.com/intent/user?user_id=700012708"
    }
  },
  {
    "follower" : {
      "accountId" : "700040645",
      "userLink" : "https://twitter.com/intent/user?user_id=700040645"
    }
  },
  {
    "follower" : {
      "accountId" : "700150713",
      "userLink" : "https://twitter.com/intent/user?user_id=700150713"
    }
  },
  {
    "follower" : {
      "accountId" : "700066510",
      "userLink" : "https://twitter.com/intent/user?user_id=700066510"
    }
  },
  {
    "follower" : {
      "accountId" : "700128166",
      "userLink" : "https://twitter.com/intent/user?user_id=700128166"
    }
  },
  {
    "follower" : {
      "accountId" : "700153072",
      "userLink" : "https://twitter.com/intent/user?user_id=700153072"
    }
  },
  {
    "follower" : {
      "accountId" : "700051068",
      "userLink" : "https://twitter.com/intent/user?user_id=700051068"
    }
  },
  {
    "follower" : {
      "accountId" : "700049388",
      "userLink" : "https://twitter.com/intent/user?user_id=700049388"
    }
  },
  {
    "follower" : {
      "accountId" : "700069240",
      "userLink" : "https://twitter.com/intent/user?user_id=700069240"
    }
  },
  {
    "follower" : {
      "accountId" : "700108412",
      "userLink" : "https://twitter.com/intent/user?user_id=700108412"
    }
  },
  {
    "follower" : {
      "accountId" : "700029221",
      "userLink" : "https://twitter.com/intent/user?user_id=700029221"
    }
  },
  {
    "follower" : {
      "accountId" : "700147549",
      "userLink" : "https://twitter.com/intent/user?user_id=700147549"
    }
  },
  {
    "follower" : {
      "accountId" : "700031713",
      "userLink" : "https://twitter.com/intent/user?user_id=700031713"
    }
  },
  {
    "follower" : {
      "accountId" : "700145253",
      "userLink" : "https://twitter.com/intent/user?user_id=700145253"
    }
  },
  {
    "follower" : {
      "accountId" : "700084171",
      "userLink" : "https://twitter.com/intent/user?user_id=700084171"
    }
  },
  {
    "follower" : {
      "accountId" : "700035486",
      "userLink" : "https://twitter.com/intent/user?user_id=700035486"
    }
  },
  {
    "follower" : {
      "accountId" : "700001627",
      "userLink" : "https://twitter.com/intent/user?user_id=700001627"
    }
  },
  {
    "follower" : {
      "accountId" : "700136118",
      "userLink" : "https://twitter.com/intent/user?user_id=700136118"
    }
  },
  {
    "follower" : {
      "accountId" : "700049143",
      "userLink" : "https://twitter.com/intent/user?user_id=700049143"
    }
  },
  {
    "follower" : {
      "accountId" : "700092389",
      "userLink" : "https://twitter.com/intent/user?user_id=700092389"
    }
  },
  {
    "follower" : {
      "accountId" : "700023999",
      "userLink" : "https://twitter.com/intent/user?user_id=700023999"
    }
  },
  {
    "follower" : {
      "accountId" : "700041625",
      "userLink" : "https://twitter.com/intent/user?user_id=700041625"
    }
  },
  {
    "follower" : {
      "accountId" : "700069933",
      "userLink" : "https://twitter.com/intent/user?user_id=700069933"
    }
  },
  {
    "follower" : {
      "accountId" : "700090142",
      "userLink" : "https://twitter.com/intent/user?user_id=700090142"
    }
  },
  {
    "follower" : {
      "accountId" : "700042521",
      "userLink" : "https://twitter.com/intent/user?user_id=700042521"
    }
  },
  {
    "follower" : {
      "accountId" : "700062296",
      "userLink" : "https://twitter.com/intent/user?user_id=700062296"
    }
  },
  {
    "follower" : {
      "accountId" : "700041072",
      "userLink" : "https://twitter.com/intent/user?user_id=700041072"
    }
  },
  {
    "follower" : {
      "accountId" : "700029823",
      "userLink" : "https://twitter.com/intent/user?user_id=700029823"
    }
  },
  {
    "follower" : {
      "accountId" : "700131015",
      "userLink" : "https://twitter.com/intent/user?user_id=700131015"
    }
  },
  {
    "follower" : {
      "accountId" : "700064130",
      "userLink" : "https://twitter.com/intent/user?user_id=700064130"
    }
  },
  {
    "follower" : {
      "accountId" : "700050011",
      "userLink" : "https://twitter.com/intent/user?user_id=700050011"
    }
  },
  {
    "follower" : {
      "accountId" : "700024293",
      "userLink" : "https://twitter.com/intent/user?user_id=700024293"
    }
  },
  {
    "follower" : {
      "accountId" : "700087496",
      "userLink" : "https://twitter.com/intent/user?user_id=700087496"
    }
  },
  {
    "follower" : {
      "accountId" : "700014535",
      "userLink" : "https://twitter.com/intent/user?user_id=700014535"
    }
  },
  {
    "follower" : {
      "accountId" : "700148235",
      "userLink" : "https://twitter.com/intent/user?user_id=700148235"
    }
  },
  {
    "follower" : {
      "accountId" : "700114775",
      "userLink" : "https://twitter.com/intent/user?user_id=700114775"
    }
  },
  {
    "follower" : {
      "accountId" : "700005435",
      "userLink" : "https://twitter.com/intent/user?user_id=700005435"
    }
  },
  {
    "follower" : {
      "accountId" : "700033904",
      "userLink" : "https://twitter.com/intent/user?user_id=700033904"
    }
  },
  {
    "follower" : {
      "accountId" : "700066825",
      "userLink" : "https://twitter.com/intent/user?user_id=700066825"
    }
  },
  {
    "follower" : {
      "accountId" : "700014892",
      "userLink" : "https://twitter.com/intent/user?user_id=700014892"
    }
  },
  {
    "follower" : {
      "accountId" : "700103561",
      "userLink" : "https://twitter.com/intent/user?user_id=700103561"
    }
  },
  {
    "follower" : {
      "accountId" : "700009250",
      "userLink" : "https://twitter.com/intent/user?user_id=700009250"
    }
  },
  {
    "follower" : {
      "accountId" : "700064802",
      "userLink" : "https://twitter.com/intent/user?user_id=700064802"
    }
  },
  {
    "follower" : {
      "accountId" : "700076135",
      "userLink" : "https://twitter.com/intent/user?user_id=700076135"
    }
  },
  {
    "follower" : {
      "accountId" : "700072719",
      "userLink" : "https://twitter.com/intent/user?user_id=700072719"
    }
  },
  {
    "follower" : {
      "accountId" : "700093810",
      "userLink" : "https://twitter.com/intent/user?user_id=700093810"
    }
  },
  {
    "follower" : {
      "accountId" : "700040288",
      "userLink" : "https://twitter.com/intent/user?user_id=700040288"
    }
  },
  {
    "follower" : {
      "accountId" : "700146541",
      "userLink" : "https://twitter.com/intent/user?user_id=700146541"
    }
  },
  {
    "follower" : {
      "accountId" : "700114089",
      "userLink" : "https://twitter.com/intent/user?user_id=700114089"
    }
  },
  {
    "follower" : {
      "accountId" : "700124540",
      "userLink" : "https://twitter.com/intent/user?user_id=700124540"
    }
  },
  {
    "follower" : {
      "accountId" : "700017419",
      "userLink" : "https://twitter.com/intent/user?user_id=700017419"
    }
  },
  {
    "follower" : {
      "accountId" : "700133402",
      "userLink" : "https://twitter.com/intent/user?user_id=700133402"
    }
  },
  {
    "follower" : {
      "accountId" : "700126752",
      "userLink" : "https://twitter.com/intent/user?user_id=700126752"
    }
  },
  {
    "follower" : {
      "accountId" : "700076149",
      "userLink" : "https://twitter.com/intent/user?user_id=700076149"
    }
  },
  {
    "follower" : {
      "accountId" : "700121376",
      "userLink" : "https://twitter.com/intent/user?user_id=700121376"
    }
  },
  {
    "follower" : {
      "accountId" : "700054771",
      "userLink" : "https://twitter.com/intent/user?user_id=700054771"
    }
  },
  {
    "follower" : {
      "accountId" : "700146891",
      "userLink" : "https://twitter.com/intent/user?user_id=700146891"
    }
  },
  {
    "follower" : {
      "accountId" : "700084962",
      "userLink" : "https://twitter.com/intent/user?user_id=700084962"
    }
  },
  {
    "follower" : {
      "accountId" : "700067462",
      "userLink" : "https://twitter.com/intent/user?user_id=700067462"
    }
  },
  {
    "follower" : {
      "accountId" : "700006723",
      "userLink" : "https://twitter.com/intent/user?user_id=700006723"
    }
  }
]